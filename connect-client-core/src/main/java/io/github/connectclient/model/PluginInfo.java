package io.github.connectclient.model;

import com.squareup.moshi.Json;

/**
 * A plugin installed on the answering worker, an entry of {@code GET /connector-plugins}.
 *
 * @param className the plugin's fully qualified class name (JSON {@code class})
 * @param type the plugin kind; {@link PluginType#UNKNOWN} for a value this client does not know or
 *     an absent one; never {@code null}
 * @param version the plugin version, or {@code null} when the plugin reports none (Kafka 3.2.0+
 *     omits it then)
 * @param rawType the type exactly as the server sent it, or {@code null} if absent
 */
public record PluginInfo(
    @Json(name = "class") String className, PluginType type, String version, String rawType) {

  /**
   * Derives a missing {@code type} from {@code rawType} and vice versa.
   *
   * @param className the plugin's fully qualified class name (JSON {@code class})
   * @param rawType the type exactly as the server sent it, or {@code null} if absent
   * @param type the plugin kind; {@link PluginType#UNKNOWN} for a value this client does not know
   *     or an absent one; never {@code null}
   * @param version the plugin version, or {@code null} when the plugin reports none (Kafka 3.2.0+
   *     omits it then)
   */
  public PluginInfo {
    if (type == null) {
      type = PluginType.fromString(rawType);
    } else if (rawType == null) {
      rawType = type.serverValue();
    }
  }

  /**
   * Creates an info with the raw type taken from {@code type}.
   *
   * @param className the plugin's fully qualified class name (JSON {@code class})
   * @param type the plugin kind; {@link PluginType#UNKNOWN} for a value this client does not know
   *     or an absent one; never {@code null}
   * @param version the plugin version, or {@code null} when the plugin reports none (Kafka 3.2.0+
   *     omits it then)
   */
  public PluginInfo(String className, PluginType type, String version) {
    this(className, type, version, null);
  }
}
