package io.github.connectclient.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Null-tolerant immutable copies for record compact constructors.
 *
 * <p>{@link List#copyOf} and {@link Map#copyOf} reject {@code null} elements and values, but a
 * PATCH body or an offset map uses {@code null} values on purpose, and a decoded body must never
 * fail with a {@link NullPointerException}. These copies keep iteration order and {@code null}s.
 */
final class ImmutableCopy {

  private ImmutableCopy() {}

  /** Returns an unmodifiable copy of {@code list}, or an empty list for {@code null}. */
  static <T> List<T> of(List<? extends T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** Returns an unmodifiable copy of {@code map} in the same order, or an empty map for null. */
  static <K, V> Map<K, V> of(Map<? extends K, ? extends V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Like {@link #of(Map)} for a connector config: the copy's {@code toString()} masks the values of
   * sensitive keys, so logging {@code info.config()} does not leak a password.
   */
  static Map<String, String> config(Map<String, String> config) {
    return config == null || config.isEmpty() ? Map.of() : RedactedMap.of(config);
  }

  /** Like {@link #of(Map)}, but keeps {@code null} as {@code null}. */
  static <K, V> Map<K, V> ofNullable(Map<? extends K, ? extends V> map) {
    return map == null ? null : of(map);
  }
}
