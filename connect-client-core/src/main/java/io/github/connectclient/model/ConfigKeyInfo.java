package io.github.connectclient.model;

import java.util.List;

/**
 * The definition of one configuration key of a plugin: returned by {@code GET
 * /connector-plugins/{plugin}/config} (Kafka 3.2.0+, KIP-769) and inside each {@link ConfigInfo} of
 * a validation result.
 *
 * @param name the key
 * @param type the {@code ConfigDef.Type} name: {@code BOOLEAN}, {@code STRING}, {@code INT}, {@code
 *     SHORT}, {@code LONG}, {@code DOUBLE}, {@code LIST}, {@code CLASS} or {@code PASSWORD}
 * @param required whether the key has no default value
 * @param defaultValue the default as a string, or {@code null}
 * @param importance {@code HIGH}, {@code MEDIUM} or {@code LOW}
 * @param documentation the description
 * @param group the group the key belongs to, or {@code null}
 * @param width the display width: {@code NONE}, {@code SHORT}, {@code MEDIUM} or {@code LONG}
 * @param displayName the name to display
 * @param dependents the keys whose definition depends on this one; never {@code null}
 * @param order the position within its group (JSON {@code order_in_group} from Kafka 4.x, {@code
 *     order} from older workers), {@code -1} if unordered or absent
 */
public record ConfigKeyInfo(
    String name,
    String type,
    boolean required,
    String defaultValue,
    String importance,
    String documentation,
    String group,
    String width,
    String displayName,
    List<String> dependents,
    int order) {

  /**
   * Copies {@code dependents} into an unmodifiable list; {@code null} becomes empty.
   *
   * @param name the key
   * @param type the {@code ConfigDef.Type} name: {@code BOOLEAN}, {@code STRING}, {@code INT},
   *     {@code SHORT}, {@code LONG}, {@code DOUBLE}, {@code LIST}, {@code CLASS} or {@code
   *     PASSWORD}
   * @param required whether the key has no default value
   * @param defaultValue the default as a string, or {@code null}
   * @param importance {@code HIGH}, {@code MEDIUM} or {@code LOW}
   * @param documentation the description
   * @param group the group the key belongs to, or {@code null}
   * @param width the display width: {@code NONE}, {@code SHORT}, {@code MEDIUM} or {@code LONG}
   * @param displayName the name to display
   * @param dependents the keys whose definition depends on this one; never {@code null}
   * @param order the position within its group (JSON {@code order_in_group} from Kafka 4.x, {@code
   *     order} from older workers), {@code -1} if unordered or absent
   */
  public ConfigKeyInfo {
    dependents = ImmutableCopy.of(dependents);
  }

  /** {@return whether values of this key are secrets: its {@link #type()} is {@code PASSWORD}} */
  public boolean isPassword() {
    return "PASSWORD".equalsIgnoreCase(type);
  }

  /**
   * Returns a description with {@link #defaultValue()} masked when the key holds secrets (a {@code
   * PASSWORD} type or a sensitive name): a plugin may ship a default credential.
   */
  @Override
  public String toString() {
    boolean sensitive = isPassword() || Redaction.isSensitiveKey(name);
    return "ConfigKeyInfo[name="
        + name
        + ", type="
        + type
        + ", required="
        + required
        + ", defaultValue="
        + Redaction.mask(defaultValue, sensitive)
        + ", importance="
        + importance
        + ", documentation="
        + documentation
        + ", group="
        + group
        + ", width="
        + width
        + ", displayName="
        + displayName
        + ", dependents="
        + dependents
        + ", order="
        + order
        + "]";
  }
}
