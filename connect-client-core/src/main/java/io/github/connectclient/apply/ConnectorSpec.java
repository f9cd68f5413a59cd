package io.github.connectclient.apply;

import io.github.connectclient.model.Redaction;
import java.util.Map;
import java.util.Objects;

/**
 * A connector as it should be: its name, its full config, and the state it should be in. The unit
 * of {@code plan} and {@code apply}; read from JSON files with {@link ConnectorSpecs#read}.
 *
 * <p>{@link #toString()} masks the values of sensitive keys ({@link Redaction}).
 *
 * @param name the connector name; not blank
 * @param config the connector config, exactly as the worker should store it (a {@code ${file:...}}
 *     reference is compared and sent as written); no null key or value; a {@code name} key, if
 *     present, must equal {@code name}
 * @param state the wanted state; {@code null} means {@link TargetState#RUNNING}
 */
public record ConnectorSpec(String name, Map<String, String> config, TargetState state) {

  /**
   * Checks the values and copies the config.
   *
   * @param name the connector name; not blank
   * @param config the connector config, exactly as the worker should store it (a {@code
   *     ${file:...}} reference is compared and sent as written); no null key or value; a {@code
   *     name} key, if present, must equal {@code name}
   * @param state the wanted state; {@code null} means {@link TargetState#RUNNING}
   * @throws IllegalArgumentException if the name is blank or the config names another connector
   * @throws NullPointerException if the name, the config, or a config key or value is null
   */
  public ConnectorSpec {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    Objects.requireNonNull(config, "config == null");
    config.forEach(
        (key, value) -> {
          Objects.requireNonNull(key, "config has a null key");
          Objects.requireNonNull(value, () -> "config value of '" + key + "' is null");
        });
    String inConfig = config.get("name");
    if (inConfig != null && !inConfig.equals(name)) {
      throw new IllegalArgumentException(
          "config key 'name' (" + inConfig + ") differs from the spec's name " + name);
    }
    config = Redaction.redactedCopy(config);
    state = state == null ? TargetState.RUNNING : state;
  }

  /**
   * A spec for a connector that should be {@link TargetState#RUNNING}.
   *
   * @param name the connector's name
   * @param config its configuration
   * @return the spec
   */
  public static ConnectorSpec of(String name, Map<String, String> config) {
    return new ConnectorSpec(name, config, TargetState.RUNNING);
  }

  /**
   * This spec with another wanted state.
   *
   * @param state the wanted state
   * @return a new spec
   */
  public ConnectorSpec withState(TargetState state) {
    return new ConnectorSpec(name, config, Objects.requireNonNull(state, "state == null"));
  }
}
