package io.github.connectclient.internal.endpoint;

import io.github.connectclient.model.ConfigKeyInfo;
import io.github.connectclient.model.ConfigValidation;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.RestartOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calls of client methods whose arguments do more than fill an endpoint's path and body: they
 * set options and fields, each requiring the {@link Feature} a worker needs for it (so an older
 * worker refuses the call instead of ignoring them). Both clients send what these return.
 */
public final class EndpointCalls {

  /** The config key that picks the version of a connector plugin (KIP-891, Kafka 4.1). */
  public static final String CONNECTOR_PLUGIN_VERSION = "connector.plugin.version";

  private EndpointCalls() {}

  /** {@code createConnector(name, config)}: the request it stands for, its arguments checked. */
  public static ApiCall<ConnectorInfo> createConnector(String name, Map<String, String> config) {
    Arguments.notBlank(name, "name");
    Arguments.config(config);
    return Endpoints.CREATE_CONNECTOR.call().body(new NewConnector(name, config, null));
  }

  /**
   * {@code restartConnector(name, options)}: the options become the query; one set to true needs a
   * 3.0 worker (both false is the plain restart every worker knows).
   */
  public static ApiCall<Optional<ConnectorStatus>> restartConnector(
      String name, RestartOptions options) {
    Arguments.notNull(options, "options");
    ApiCall<Optional<ConnectorStatus>> call =
        Endpoints.RESTART_CONNECTOR_WITH_OPTIONS
            .call(name)
            .query("includeTasks", Boolean.toString(options.includeTasks()))
            .query("onlyFailed", Boolean.toString(options.onlyFailed()));
    return options.includeTasks() || options.onlyFailed()
        ? call.requires(Features.RESTART_OPTIONS)
        : call;
  }

  /** {@code getPluginConfig(pluginClass, version)}: the version is the query, for a 4.1 worker. */
  public static ApiCall<List<ConfigKeyInfo>> getPluginConfig(String pluginClass, String version) {
    return Endpoints.GET_PLUGIN_CONFIG
        .call(pluginClass)
        .query("version", Arguments.notBlank(version, "version"))
        .requires(Features.PLUGIN_CONFIG_VERSION);
  }

  /**
   * {@code validateConnectorConfig(pluginClass, version, config)}: the version is the config's
   * {@value #CONNECTOR_PLUGIN_VERSION}, for a 4.1 worker. The server reads no {@code ?version=} on
   * this endpoint (Kafka 4.3's {@code ConnectorPluginsResource.validateConfigs} takes the plugin
   * and the config only): the key is how KIP-891 picks the version a config is validated against.
   *
   * @throws IllegalArgumentException when {@code config} names another version
   */
  public static ApiCall<ConfigValidation> validateConnectorConfig(
      String pluginClass, String version, Map<String, String> config) {
    Arguments.notBlank(version, "version");
    Map<String, String> versioned = new LinkedHashMap<>(Arguments.config(config));
    String named = versioned.putIfAbsent(CONNECTOR_PLUGIN_VERSION, version);
    if (named != null && !named.equals(version)) {
      throw new IllegalArgumentException(
          "config has "
              + CONNECTOR_PLUGIN_VERSION
              + "="
              + named
              + ", which contradicts version "
              + version);
    }
    return Endpoints.VALIDATE_CONNECTOR_CONFIG
        .call(pluginClass)
        .body(versioned)
        .requires(Features.VALIDATED_PLUGIN_VERSION);
  }

  /**
   * A raw request ({@code request(RawRequest)} of the clients): an endpoint described on the spot,
   * {@code method} and one {@code {segment}} placeholder per path segment (each sent encoded as one
   * segment), as safe to repeat as the method implies ({@code GET} safe; {@code PUT}, {@code
   * PATCH}, {@code DELETE} idempotent; {@code POST} not), its 404 a plain not-found, its body the
   * JSON text as given.
   *
   * @param reader reads the successful answer
   * @throws IllegalArgumentException for an unsupported method, a segment that is empty, {@code .}
   *     or {@code ..} (when prepared), or a body that is not JSON (when prepared)
   */
  public static <T> ApiCall<T> raw(
      String method,
      List<String> segments,
      List<Map.Entry<String, String>> query,
      String body,
      ResponseReader<T> reader) {
    String template = "/{segment}".repeat(segments.size());
    Endpoint.Builder builder = Endpoint.of("request", method, template.isEmpty() ? "/" : template);
    if (!method.equals("GET")) {
      builder.body(Body.RAW_JSON);
    }
    ApiCall<T> call = builder.reads(reader).call(segments.toArray());
    for (Map.Entry<String, String> parameter : query) {
      call = call.query(parameter.getKey(), parameter.getValue());
    }
    return body == null ? call : call.body(body);
  }
}
