package io.github.connectclient.apply;

import io.github.connectclient.model.State;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Plan} does to one connector.
 *
 * @param name the connector
 * @param action create, update, delete, or nothing
 * @param configChanges per key how the config changes (empty for NONE, DELETE, and an UPDATE of the
 *     state only); the server-added {@code name} key is never one; values of sensitive keys are
 *     masked by {@link ValueChange#toString()}
 * @param currentState the connector's state on the cluster; empty for CREATE (or when the listing
 *     had no status)
 * @param targetState the state the spec wants; empty for DELETE
 * @param validationErrors per key, the errors the plugin's validation found (empty when valid or
 *     not validated); an item with errors is not applied. Sensitive values are masked in them
 */
public record ConnectorChange(
    String name,
    Action action,
    Map<String, ValueChange> configChanges,
    Optional<State> currentState,
    Optional<TargetState> targetState,
    Map<String, List<String>> validationErrors) {

  /**
   * Checks for nulls and copies the maps.
   *
   * @param name the connector
   * @param action create, update, delete, or nothing
   * @param configChanges per key how the config changes (empty for NONE, DELETE, and an UPDATE of
   *     the state only); the server-added {@code name} key is never one; values of sensitive keys
   *     are masked by {@link ValueChange#toString()}
   * @param currentState the connector's state on the cluster; empty for CREATE (or when the listing
   *     had no status)
   * @param targetState the state the spec wants; empty for DELETE
   * @param validationErrors per key, the errors the plugin's validation found (empty when valid or
   *     not validated); an item with errors is not applied. Sensitive values are masked in them
   */
  public ConnectorChange {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(action, "action == null");
    configChanges = Collections.unmodifiableMap(new LinkedHashMap<>(configChanges));
    Objects.requireNonNull(currentState, "currentState == null");
    Objects.requireNonNull(targetState, "targetState == null");
    Map<String, List<String>> errors = new LinkedHashMap<>();
    validationErrors.forEach((key, list) -> errors.put(key, List.copyOf(list)));
    validationErrors = Collections.unmodifiableMap(errors);
  }

  /**
   * {@return whether applying this changes the connector's state: a CREATE in another state than
   * RUNNING, or an UPDATE or NONE whose current state does not reach the target ({@link
   * TargetState#isReachedBy})}
   */
  public boolean stateChanges() {
    if (targetState.isEmpty() || action == Action.DELETE) {
      return false;
    }
    if (action == Action.CREATE) {
      return targetState.get() != TargetState.RUNNING;
    }
    return !targetState.get().isReachedBy(currentState.orElse(null));
  }

  /** {@return whether the validation found no error (or did not run)} */
  public boolean valid() {
    return validationErrors.isEmpty();
  }
}
