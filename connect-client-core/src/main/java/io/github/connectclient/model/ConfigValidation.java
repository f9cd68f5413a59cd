package io.github.connectclient.model;

import com.squareup.moshi.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code PUT /connector-plugins/{plugin}/config/validate}.
 *
 * <p>The worker answers 200 even when the configuration is invalid: check {@link #hasErrors()}.
 * {@link #toString()} masks the values of sensitive keys.
 *
 * @param name the {@code connector.class} exactly as sent (alias or fully qualified name)
 * @param errorCount the number of errors over all keys
 * @param groups the configuration groups, in display order; never {@code null}
 * @param configs one entry per key; never {@code null}
 */
public record ConfigValidation(
    String name,
    @Json(name = "error_count") int errorCount,
    List<String> groups,
    List<ConfigInfo> configs) {

  /**
   * Copies both lists into unmodifiable ones; {@code null} becomes empty.
   *
   * @param name the {@code connector.class} exactly as sent (alias or fully qualified name)
   * @param configs one entry per key; never {@code null}
   * @param errorCount the number of errors over all keys
   * @param groups the configuration groups, in display order; never {@code null}
   */
  public ConfigValidation {
    groups = ImmutableCopy.of(groups);
    configs = ImmutableCopy.of(configs);
  }

  /** {@return whether the worker found any error: a positive count or any key with errors} */
  public boolean hasErrors() {
    return errorCount > 0 || !errorsByKey().isEmpty();
  }

  /**
   * {@return the errors of each key that has any, in the order the worker listed the keys} Keys
   * without errors are left out; the map is unmodifiable.
   */
  public Map<String, List<String>> errorsByKey() {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (ConfigInfo config : configs) {
      if (config != null && config.value() != null && config.value().hasErrors()) {
        errors.merge(config.name(), config.value().errors(), ConfigValidation::concat);
      }
    }
    return Collections.unmodifiableMap(errors);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return Collections.unmodifiableList(all);
  }
}
