package io.github.connectclient.model;

import com.squareup.moshi.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /connectors}: a connector to create.
 *
 * <p>{@code initial_state} is only sent when {@link #initialState()} is set; it needs Kafka 3.7.0+
 * (KIP-980), and older workers reject a request containing it with a 500. {@link #toString()} masks
 * the values of sensitive configuration keys.
 *
 * <pre>{@code
 * NewConnector request = NewConnector.builder()
 *     .name("jdbc-src")
 *     .config("connector.class", "io.example.JdbcSource")
 *     .config("tasks.max", "2")
 *     .initialState(InitialState.STOPPED)
 *     .build();
 * }</pre>
 *
 * @param name the connector name; not blank
 * @param config the connector configuration; not {@code null}
 * @param initialState the state to create the connector in, or {@code null} for the server's
 *     default ({@code RUNNING})
 */
public record NewConnector(
    String name,
    Map<String, String> config,
    @Json(name = "initial_state") InitialState initialState) {

  /**
   * Validates and copies the configuration (keeping {@code null} values).
   *
   * @param name the connector name; not blank
   * @param config the connector configuration; not {@code null}
   * @param initialState the state to create the connector in, or {@code null} for the server's
   *     default
   * @throws IllegalArgumentException if {@code name} is {@code null} or blank
   * @throws NullPointerException if {@code config} is {@code null}
   */
  public NewConnector {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    Objects.requireNonNull(config, "config == null");
    config = ImmutableCopy.config(config);
  }

  /** {@return a builder for a connector with no configuration and no initial state} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this request's values} */
  public Builder toBuilder() {
    return new Builder().name(name).config(config).initialState(initialState);
  }

  /** Returns a description with the values of sensitive configuration keys masked. */
  @Override
  public String toString() {
    return "NewConnector[name="
        + name
        + ", config="
        + Redaction.toString(config)
        + ", initialState="
        + initialState
        + "]";
  }

  /** Builds a {@link NewConnector}; not thread-safe. */
  public static final class Builder {
    private String name;
    private final Map<String, String> config = new LinkedHashMap<>();
    private InitialState initialState;

    private Builder() {}

    /**
     * Sets the connector name.
     *
     * @param name the connector's name; not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Adds all entries of {@code config}, replacing values of keys already set.
     *
     * @param config the entries to add
     * @return this builder
     */
    public Builder config(Map<String, String> config) {
      Objects.requireNonNull(config, "config == null");
      this.config.putAll(config);
      return this;
    }

    /**
     * Sets one configuration entry.
     *
     * @param key the configuration key
     * @param value its value; {@code null} is kept
     * @return this builder
     */
    public Builder config(String key, String value) {
      Objects.requireNonNull(key, "key == null");
      this.config.put(key, value);
      return this;
    }

    /**
     * Sets the initial state; {@code null} (the default) leaves it to the server.
     *
     * @param initialState the initial state, or {@code null}
     * @return this builder
     */
    public Builder initialState(InitialState initialState) {
      this.initialState = initialState;
      return this;
    }

    /**
     * {@return the request}
     *
     * @throws IllegalArgumentException if no name, or a blank one, was set
     */
    public NewConnector build() {
      return new NewConnector(name, config, initialState);
    }
  }
}
