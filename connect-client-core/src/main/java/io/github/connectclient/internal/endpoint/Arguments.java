package io.github.connectclient.internal.endpoint;

import java.util.Map;
import java.util.Objects;

/**
 * Checks arguments before any request is sent, with messages that name the parameter. Shared by the
 * sync and async clients.
 */
public final class Arguments {

  private Arguments() {}

  /**
   * A connector name under the default {@link ConnectorNamePolicy#REFUSE_UNSAFE}: see {@link
   * #connectorName(String, String, ConnectorNamePolicy)}.
   */
  public static String connectorName(String name, String parameter) {
    return connectorName(name, parameter, ConnectorNamePolicy.REFUSE_UNSAFE);
  }

  /**
   * A connector name: not null, not blank, addressable as a URL path segment ({@code .} and {@code
   * ..} are not: every HTTP stack resolves them away), and, unless {@code policy} allows unsafe
   * names, one the workers round-trip safely (no {@code / \ % ; { }}, control characters,
   * whitespace at either end, or more than 2000 UTF-8 bytes; API reference §3).
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws io.github.connectclient.errors.UnsafeConnectorNameException if the policy refuses it
   */
  public static String connectorName(String name, String parameter, ConnectorNamePolicy policy) {
    String value = notBlank(name, parameter);
    return policy.check(value, parameter);
  }

  /** A plugin class name or alias: not null, not blank. */
  public static String pluginClass(String pluginClass) {
    return notBlank(pluginClass, "pluginClass");
  }

  /** A logger name: not null, not blank. */
  public static String loggerName(String name) {
    return notBlank(name, "name");
  }

  /** A log level: not null, not blank (the server checks the value). */
  public static String level(String level) {
    return notBlank(level, "level").strip();
  }

  /** A task number: 0 or more. */
  public static String taskId(int taskId) {
    if (taskId < 0) {
      throw new IllegalArgumentException("taskId must be >= 0 but was " + taskId);
    }
    return Integer.toString(taskId);
  }

  /** A connector config: not null, no null key or value. */
  public static Map<String, String> config(Map<String, String> config) {
    Objects.requireNonNull(config, "config == null");
    for (Map.Entry<String, String> entry : config.entrySet()) {
      if (entry.getKey() == null) {
        throw new NullPointerException("config has a null key");
      }
      if (entry.getValue() == null) {
        throw new NullPointerException("config value of '" + entry.getKey() + "' is null");
      }
    }
    return config;
  }

  /**
   * A PATCH of a config: not null, not empty, no null key, and no {@code name} key (the server
   * would store it inside the config unchecked; API reference §3.1).
   */
  public static Map<String, String> patch(Map<String, String> patch) {
    Objects.requireNonNull(patch, "patch == null");
    if (patch.isEmpty()) {
      throw new IllegalArgumentException("patch must not be empty");
    }
    for (String key : patch.keySet()) {
      if (key == null) {
        throw new NullPointerException("patch has a null key");
      }
      if (key.equals("name")) {
        throw new IllegalArgumentException(
            "patch must not contain 'name': a connector cannot be renamed, and the server would "
                + "store the key unchecked");
      }
    }
    return patch;
  }

  /**
   * A path segment of a raw request: not null, not empty, not {@code .} or {@code ..} (every HTTP
   * stack resolves those away); anything else is sent encoded as one segment.
   */
  public static String segment(String segment) {
    Objects.requireNonNull(segment, "segment == null");
    if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
      throw new IllegalArgumentException(
          "a path segment must not be empty, '.' or '..' but was '" + segment + "'");
    }
    return segment;
  }

  /** A value that must not be null. */
  public static <T> T notNull(T value, String parameter) {
    return Objects.requireNonNull(value, parameter + " == null");
  }

  /** A string that must not be null or blank. */
  public static String notBlank(String value, String parameter) {
    Objects.requireNonNull(value, parameter + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(parameter + " must not be blank");
    }
    return value;
  }
}
