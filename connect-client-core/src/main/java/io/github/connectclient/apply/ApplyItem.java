package io.github.connectclient.apply;

import io.github.connectclient.errors.ConnectClientException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code apply} did to one connector.
 *
 * @param name the connector
 * @param action what the plan said to do
 * @param stateChange whether a state change was part of it (a pause, resume or stop, or a create in
 *     another state than RUNNING)
 * @param duration how long it took, including the await if the options asked for one; zero for a
 *     NONE or an invalid item, which send nothing
 * @param error why it failed, empty when it succeeded; a spec refused by validation fails with an
 *     {@link io.github.connectclient.errors.InvalidConfigException}
 */
public record ApplyItem(
    String name,
    Action action,
    boolean stateChange,
    Duration duration,
    Optional<ConnectClientException> error) {

  /**
   * Checks for nulls.
   *
   * @param name the connector
   * @param action what the plan said to do
   * @param stateChange whether a state change was part of it (a pause, resume or stop, or a create
   *     in another state than RUNNING)
   * @param duration how long it took, including the await if the options asked for one; zero for a
   *     NONE or an invalid item, which send nothing
   * @param error why it failed, empty when it succeeded; a spec refused by validation fails with an
   *     {@link io.github.connectclient.errors.InvalidConfigException}
   */
  public ApplyItem {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(action, "action == null");
    Objects.requireNonNull(duration, "duration == null");
    Objects.requireNonNull(error, "error == null");
  }

  /** {@return whether it succeeded} */
  public boolean succeeded() {
    return error.isEmpty();
  }
}
