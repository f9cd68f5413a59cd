package io.github.connectclient.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable connector config whose {@link #toString()} masks the values of sensitive keys
 * ({@link Redaction}); equality and hash code are those of any map with the same entries. Returned
 * where the API hands out a bare config map, so logging it does not leak a password.
 */
final class RedactedMap extends AbstractMap<String, String> {

  private final Map<String, String> entries;

  private RedactedMap(Map<String, String> entries) {
    this.entries = entries;
  }

  /** An unmodifiable copy of {@code config} (in its iteration order; null values kept). */
  static Map<String, String> of(Map<String, String> config) {
    if (config instanceof RedactedMap redacted) {
      return redacted;
    }
    return new RedactedMap(Collections.unmodifiableMap(new LinkedHashMap<>(config)));
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return entries.entrySet();
  }

  @Override
  public String get(Object key) {
    return entries.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return entries.containsKey(key);
  }

  @Override
  public int size() {
    return entries.size();
  }

  /** {@code {key=value, password=[hidden]}}. */
  @Override
  public String toString() {
    return Redaction.toString(entries);
  }
}
