package io.github.connectclient.model;

/**
 * The definition and validated value of one configuration key, an entry of {@link
 * ConfigValidation#configs()}.
 *
 * <p>{@link #toString()} masks the value when the key is sensitive by name or its definition has
 * type {@code PASSWORD}.
 *
 * @param definition the key's definition, or {@code null} for a key no {@code ConfigDef} declares
 * @param value the validated value, or {@code null}
 */
public record ConfigInfo(ConfigKeyInfo definition, ConfigValueInfo value) {

  /** {@return the key: the value's name, else the definition's name, else {@code null}} */
  public String name() {
    if (value != null && value.name() != null) {
      return value.name();
    }
    return definition == null ? null : definition.name();
  }

  /** Returns a description with the value masked for sensitive keys. */
  @Override
  public String toString() {
    String shownValue;
    if (value == null) {
      shownValue = "null";
    } else {
      boolean password = definition != null && definition.isPassword();
      shownValue = value.toString(password || Redaction.isSensitiveKey(value.name()));
    }
    return "ConfigInfo[definition=" + definition + ", value=" + shownValue + "]";
  }
}
