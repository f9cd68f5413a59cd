package io.github.connectclient.model;

import com.squareup.moshi.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The validated value of one configuration key, part of {@link ConfigInfo} in the result of {@code
 * PUT /connector-plugins/{plugin}/config/validate}.
 *
 * <p>{@link #toString()} masks the value (and its occurrences in error messages) when the key is
 * sensitive.
 *
 * @param name the key
 * @param value the value as the worker saw it ({@code [hidden]} for {@code PASSWORD} keys), or
 *     {@code null}
 * @param recommendedValues values the plugin suggests; never {@code null}
 * @param errors validation errors for this key; empty if the value is valid; never {@code null}
 * @param visible whether the key is relevant given the other values
 */
public record ConfigValueInfo(
    String name,
    String value,
    @Json(name = "recommended_values") List<String> recommendedValues,
    List<String> errors,
    boolean visible) {

  /**
   * Copies both lists into unmodifiable ones; {@code null} becomes empty.
   *
   * @param name the key
   * @param value the value as the worker saw it ({@code [hidden]} for {@code PASSWORD} keys), or
   *     {@code null}
   * @param errors validation errors for this key; empty if the value is valid; never {@code null}
   * @param recommendedValues values the plugin suggests; never {@code null}
   * @param visible whether the key is relevant given the other values
   */
  public ConfigValueInfo {
    recommendedValues = ImmutableCopy.of(recommendedValues);
    errors = ImmutableCopy.of(errors);
  }

  /** {@return whether the worker reported at least one error for this key} */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Returns a description with the value masked if {@link #name()} is a sensitive key. */
  @Override
  public String toString() {
    return toString(Redaction.isSensitiveKey(name));
  }

  /** Returns a description with the value masked if {@code sensitive}. */
  String toString(boolean sensitive) {
    String shownValue = Redaction.mask(value, sensitive);
    List<String> shownErrors = errors;
    List<String> shownRecommended = recommendedValues;
    if (sensitive) {
      shownRecommended = recommendedValues.isEmpty() ? List.of() : List.of(Redaction.MASK);
      if (value != null && !value.isEmpty() && !value.equals(shownValue)) {
        shownErrors = new ArrayList<>(errors.size());
        for (String error : errors) {
          shownErrors.add(error == null ? null : error.replace(value, Redaction.MASK));
        }
      }
    }
    return "ConfigValueInfo[name="
        + name
        + ", value="
        + shownValue
        + ", recommendedValues="
        + shownRecommended
        + ", errors="
        + shownErrors
        + ", visible="
        + visible
        + "]";
  }
}
