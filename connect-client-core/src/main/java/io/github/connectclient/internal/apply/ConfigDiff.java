package io.github.connectclient.internal.apply;

import io.github.connectclient.apply.ValueChange;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The config diff rules: key by key, values compared as strings exactly as stored (a {@code
 * ${file:...}} reference as written), the {@code name} key the server adds never a change.
 */
final class ConfigDiff {

  /** The key the server adds to every stored config. */
  static final String NAME = "name";

  private ConfigDiff() {}

  /**
   * How {@code current} (null for a connector to create) becomes {@code wanted}, per key in key
   * order; {@code sensitive} says which keys hold secrets.
   */
  static Map<String, ValueChange> diff(
      Map<String, String> current, Map<String, String> wanted, Predicate<String> sensitive) {
    Set<String> keys = new TreeSet<>(wanted.keySet());
    if (current != null) {
      keys.addAll(current.keySet());
    }
    Map<String, ValueChange> changes = new TreeMap<>();
    for (String key : keys) {
      String before = current == null ? null : current.get(key);
      String after = wanted.get(key);
      if (!key.equals(NAME) && !Objects.equals(before, after)) {
        changes.put(
            key,
            new ValueChange(
                Optional.ofNullable(before), Optional.ofNullable(after), sensitive.test(key)));
      }
    }
    return changes;
  }
}
