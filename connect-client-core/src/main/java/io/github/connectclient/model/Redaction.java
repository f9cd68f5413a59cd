package io.github.connectclient.model;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which connector configuration keys hold secrets and masks their values: the rule behind
 * {@code toString()} of every record in this package that holds a connector configuration, and
 * behind the masking of secrets in exception messages and log lines of the client.
 *
 * <p>A key is <em>sensitive</em> when, compared case-insensitively, it
 *
 * <ul>
 *   <li>contains one of {@code password}, {@code passwd}, {@code secret}, {@code jaas}, {@code
 *       token}, {@code credential}, {@code apikey}, {@code api.key}, {@code api_key}, {@code
 *       api-key}, {@code privatekey}, {@code private.key}, {@code private_key}, {@code
 *       private-key}, {@code user.info} or {@code auth.info}; or
 *   <li>ends with {@code .key}, {@code _key} or {@code -key} (for example {@code ssl.key}, {@code
 *       aws.secret.access.key}, {@code encryption_key}).
 * </ul>
 *
 * <p>So {@code ssl.key.password}, {@code sasl.jaas.config}, {@code
 * consumer.override.sasl.jaas.config}, {@code database.password}, {@code basic.auth.user.info} and
 * {@code some.api.token} are sensitive, while {@code key.converter}, {@code
 * key.converter.schemas.enable}, {@code transforms.x.key.field} and {@code topic} are not: "key"
 * only counts as the <em>last</em> segment of a key.
 *
 * <p>A sensitive value is replaced by {@value #MASK}, the spelling the Connect worker itself uses
 * for {@code PASSWORD} values. Two values are never masked because they hold no secret: {@code
 * null}, and a value that is entirely a config-provider reference such as {@code
 * ${file:/etc/secrets.properties:db.password}} (showing it helps debugging).
 *
 * <p>A value of any other key is shown, except for credentials embedded in it: the password of a
 * URL's user info ({@code jdbc:postgresql://app:[hidden]@db:5432/app}, {@code
 * mongodb://app:[hidden]@db}, {@code https://elastic:[hidden]@es:9200}), Oracle's {@code
 * user/password@} form, and password-style parameters of a URL or JDBC string ({@code
 * ;password=[hidden]}, {@code ?pwd=[hidden]}, {@code secret=}, {@code token=}, {@code apikey=}
 * ...). Only the secret part is masked, so the value still says where it points.
 *
 * <p>Masking is for display only: the records and maps of this package keep the exact values, so
 * programs read them unchanged. The rule errs towards masking: a false positive only hides a value
 * from a log line.
 */
public final class Redaction {

  /** The replacement for a sensitive value: {@value}. */
  public static final String MASK = "[hidden]";

  private static final List<String> SENSITIVE_FRAGMENTS =
      List.of(
          "password",
          "passwd",
          "secret",
          "jaas",
          "token",
          "credential",
          "apikey",
          "api.key",
          "api_key",
          "api-key",
          "privatekey",
          "private.key",
          "private_key",
          "private-key",
          "user.info",
          "auth.info");

  private static final List<String> SENSITIVE_SUFFIXES = List.of(".key", "_key", "-key");

  private Redaction() {}

  /**
   * Returns whether values of {@code key} must be masked; see the class documentation for the rule.
   *
   * @param key the configuration key; {@code null} is not sensitive
   * @return whether the key is sensitive
   */
  public static boolean isSensitiveKey(String key) {
    if (key == null) {
      return false;
    }
    String lower = key.toLowerCase(Locale.ROOT);
    for (String fragment : SENSITIVE_FRAGMENTS) {
      if (lower.contains(fragment)) {
        return true;
      }
    }
    for (String suffix : SENSITIVE_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the value to show for {@code key}: {@value #MASK} if the key is sensitive and the value
   * is neither {@code null} nor a config-provider reference; otherwise the value as a string with
   * any embedded credentials masked (see the class documentation).
   *
   * @param key the configuration key; {@code null} is not sensitive
   * @param value the value; {@code null} gives {@code null}
   * @return the value to show
   */
  public static String maskValue(String key, Object value) {
    return mask(value, isSensitiveKey(key));
  }

  /**
   * Returns {@value #MASK} for a {@code sensitive} value, except that {@code null} and
   * config-provider references are shown; a non-sensitive value is returned as a string. For a key
   * known to be sensitive by other means than its name (a plugin's {@code PASSWORD}-typed key).
   *
   * @param value the value; {@code null} gives {@code null}
   * @param sensitive whether the value is a secret
   * @return the value to show
   */
  public static String mask(Object value, boolean sensitive) {
    if (value == null) {
      return null;
    }
    String text = String.valueOf(value);
    if (isProviderReference(text)) {
      return text;
    }
    return sensitive ? MASK : EmbeddedSecrets.mask(text);
  }

  /**
   * Returns {@code text} (a message, a log line, a value) with the credentials embedded in URLs and
   * JDBC strings masked, as described in the class documentation; {@code null} gives {@code null}.
   *
   * @param text the text
   * @return the text with embedded credentials masked
   */
  public static String maskEmbeddedSecrets(String text) {
    return text == null ? null : EmbeddedSecrets.mask(text);
  }

  /**
   * Returns the parts of {@code value} that are secrets under this rule, as written: the whole
   * value when {@code key} is sensitive (and the value is not a config-provider reference), else
   * the credentials embedded in it. The client masks these wherever a server message echoes them.
   *
   * @param key the configuration key; {@code null} is not sensitive
   * @param value the value; {@code null} or empty gives none
   * @return the secret parts, possibly empty
   */
  public static List<String> secretParts(String key, String value) {
    if (value == null || value.isEmpty() || isProviderReference(value)) {
      return List.of();
    }
    return isSensitiveKey(key) ? List.of(value) : List.copyOf(EmbeddedSecrets.find(value));
  }

  /**
   * Returns an unmodifiable copy of {@code config} in the same iteration order, with the values of
   * sensitive keys masked and every other value converted with {@link String#valueOf(Object)}
   * ({@code null} stays {@code null}). A {@code null} map gives an empty map. Use it to log or
   * display a configuration.
   *
   * @param config the configuration, or {@code null}
   * @return the masked copy
   */
  public static Map<String, String> masked(Map<String, ?> config) {
    if (config == null) {
      return Map.of();
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : config.entrySet()) {
      copy.put(entry.getKey(), maskValue(entry.getKey(), entry.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Returns an unmodifiable copy of {@code config} in the same iteration order that keeps the real
   * values (including {@code null}s) but whose {@code toString()} masks the values of sensitive
   * keys; equality and hash code are those of any map with the same entries. Every configuration
   * held by a record of this package is such a map, so logging it does not leak a password.
   *
   * @param config the configuration
   * @return the copy; {@code config} itself if it already is such a copy
   * @throws NullPointerException if {@code config} is {@code null}
   */
  public static Map<String, String> redactedCopy(Map<String, String> config) {
    Objects.requireNonNull(config, "config == null");
    return RedactedMap.of(config);
  }

  /**
   * Renders {@code config} like {@link java.util.AbstractMap#toString()} ({@code {k=v, k2=v2}}),
   * with the values of sensitive keys masked. A {@code null} map renders as {@code null}.
   */
  static String toString(Map<String, ?> config) {
    if (config == null) {
      return "null";
    }
    StringBuilder result = new StringBuilder("{");
    Iterator<? extends Map.Entry<String, ?>> entries = config.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, ?> entry = entries.next();
      result.append(entry.getKey()).append('=').append(maskValue(entry.getKey(), entry.getValue()));
      if (entries.hasNext()) {
        result.append(", ");
      }
    }
    return result.append('}').toString();
  }

  private static boolean isProviderReference(String value) {
    return value.startsWith("${")
        && value.endsWith("}")
        && value.indexOf('}') == value.length() - 1;
  }
}
