package io.github.connectclient.model;

/**
 * What {@code POST /connectors/{name}/restart} restarts: the query parameters {@code includeTasks}
 * and {@code onlyFailed} (Kafka 3.0.0+, KIP-745).
 *
 * <p>With both {@code false} (the {@link #DEFAULT}) only the connector instance is restarted and
 * the worker answers 204 without a body. With either {@code true} the worker answers 202 with the
 * planned states. Workers before 3.0.0 ignore both parameters and always restart only the
 * connector.
 *
 * @param includeTasks also restart the connector's tasks
 * @param onlyFailed restart only instances in the {@code FAILED} state
 */
public record RestartOptions(boolean includeTasks, boolean onlyFailed) {

  /** Restart the connector instance only, whatever its state: both parameters {@code false}. */
  public static final RestartOptions DEFAULT = new RestartOptions(false, false);

  /** {@return {@link #DEFAULT}: restart the connector instance only} */
  public static RestartOptions connectorOnly() {
    return DEFAULT;
  }

  /** {@return the options to restart the connector and all its tasks} */
  public static RestartOptions connectorAndTasks() {
    return new RestartOptions(true, false);
  }

  /** {@return the options to restart the connector and its tasks, but only those that FAILED} */
  public static RestartOptions failedConnectorAndTasks() {
    return new RestartOptions(true, true);
  }

  /**
   * {@return a copy with {@link #includeTasks()} set to {@code includeTasks}}
   *
   * @param includeTasks also restart the connector's tasks
   */
  public RestartOptions withIncludeTasks(boolean includeTasks) {
    return new RestartOptions(includeTasks, onlyFailed);
  }

  /**
   * {@return a copy with {@link #onlyFailed()} set to {@code onlyFailed}}
   *
   * @param onlyFailed restart only instances in the {@code FAILED} state
   */
  public RestartOptions withOnlyFailed(boolean onlyFailed) {
    return new RestartOptions(includeTasks, onlyFailed);
  }
}
