package io.github.connectclient.internal.endpoint;

/**
 * The options and fields a newer worker brought to an older endpoint (API reference §8). Each is
 * required where the client sets it, so that an older worker never silently ignores it or fails
 * with a generic error: the call is refused before sending instead.
 */
public final class Features {

  private Features() {}

  /**
   * {@code expand=status&expand=info} on the connector list; older workers ignore it and answer the
   * plain list of names.
   */
  public static final Feature EXPAND =
      new Feature("the expanded connector list (expand=status, expand=info)", "2.3.0");

  /**
   * {@code connectorsOnly=false} on the plugin list (KIP-769); older workers ignore it and list
   * connectors only.
   */
  public static final Feature ALL_PLUGIN_KINDS =
      new Feature("the list of every plugin kind (connectorsOnly=false)", "3.2.0");

  /**
   * {@code includeTasks} and {@code onlyFailed} on a connector restart (KIP-745); older workers
   * ignore them and restart the connector only.
   */
  public static final Feature RESTART_OPTIONS =
      new Feature("the restart options includeTasks and onlyFailed", "3.0.0");

  /** {@code initial_state} in a create (KIP-980); older workers answer 500 "Unrecognized field". */
  public static final Feature INITIAL_STATE =
      new Feature("initial_state in a connector create", "3.7.0");

  /**
   * {@code scope=cluster} on a logger level (KIP-976); older workers ignore it and change the
   * receiving worker only.
   */
  public static final Feature CLUSTER_LOGGER_SCOPE =
      new Feature("the cluster scope of a logger level (scope=cluster)", "3.7.0");

  /**
   * {@code ?version=} on a plugin's config definition (KIP-891); older workers ignore it and
   * describe the only version they have.
   */
  public static final Feature PLUGIN_CONFIG_VERSION =
      new Feature("a plugin version on its config definition (?version=, KIP-891)", "4.1.0");

  /**
   * {@code connector.plugin.version} in a validated config (KIP-891); older workers take it for an
   * unknown key and validate the only version they have.
   */
  public static final Feature VALIDATED_PLUGIN_VERSION =
      new Feature(
          "a plugin version in a validated config (connector.plugin.version, KIP-891)", "4.1.0");
}
