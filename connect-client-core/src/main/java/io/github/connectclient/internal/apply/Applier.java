package io.github.connectclient.internal.apply;

import io.github.connectclient.apply.Action;
import io.github.connectclient.apply.ApplyItem;
import io.github.connectclient.apply.ApplyResult;
import io.github.connectclient.apply.ConnectorChange;
import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.apply.Plan;
import io.github.connectclient.apply.TargetState;
import io.github.connectclient.errors.ErrorResponse;
import io.github.connectclient.errors.InvalidConfigException;
import io.github.connectclient.internal.await.AsyncAwait;
import io.github.connectclient.internal.await.Await;
import io.github.connectclient.internal.endpoint.Arguments;
import io.github.connectclient.internal.endpoint.Endpoint;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.internal.http.KafkaVersion;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.model.InitialState;
import io.github.connectclient.model.NewConnector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Carries out a {@link Plan}, exactly: NONE sends nothing; CREATE posts the connector (with {@code
 * initial_state} on a 3.7+ worker, else create then pause or stop); UPDATE puts the config and/or
 * pauses, resumes or stops (state first when going to PAUSED or STOPPED, config first when going to
 * RUNNING); DELETE deletes. Items run with the plan's parallelism; each one's failure is recorded
 * and the others go on.
 */
final class Applier {

  /** The first Kafka version whose {@code POST /connectors} takes {@code initial_state}. */
  static final String INITIAL_STATE_SINCE = "3.7.0";

  private final Transport transport;

  Applier(Transport transport) {
    this.transport = transport;
  }

  CompletableFuture<ApplyResult> apply(Plan plan, CompletableFuture<?> stop) {
    Arguments.notNull(plan, "plan");
    Map<String, ConnectorSpec> specs =
        plan.specs().stream().collect(Collectors.toMap(ConnectorSpec::name, Function.identity()));
    boolean needsVersion =
        plan.changes().stream()
            .anyMatch(c -> c.action() == Action.CREATE && c.valid() && c.stateChanges());
    CompletableFuture<Boolean> initialState =
        needsVersion
            ? transport
                .executeAsync(Endpoints.SERVER_INFO.call())
                .handle(
                    (info, failure) ->
                        failure == null
                            && KafkaVersion.atLeast(info.version(), INITIAL_STATE_SINCE))
            : CompletableFuture.completedFuture(false);
    return initialState
        .thenCompose(
            supported ->
                Parallel.run(
                    plan.changes(),
                    plan.options().parallelism(),
                    stop,
                    change ->
                        item(change, specs.get(change.name()), supported, plan.options().await())))
        .thenApply(ApplyResult::new);
  }

  private CompletableFuture<ApplyItem> item(
      ConnectorChange change, ConnectorSpec spec, boolean initialState, Optional<Duration> await) {
    if (change.action() == Action.NONE) {
      return CompletableFuture.completedFuture(
          new ApplyItem(change.name(), Action.NONE, false, Duration.ZERO, Optional.empty()));
    }
    if (!change.valid()) {
      return CompletableFuture.completedFuture(
          new ApplyItem(
              change.name(),
              change.action(),
              change.stateChanges(),
              Duration.ZERO,
              Optional.of(invalid(change, spec))));
    }
    long start = System.nanoTime();
    CompletableFuture<?> done = Failures.attempt(() -> steps(change, spec, initialState));
    if (await.isPresent()) {
      done = done.thenCompose(written -> awaitWanted(change, await.get()));
    }
    return done.handle(
        (value, failure) ->
            new ApplyItem(
                change.name(),
                change.action(),
                change.stateChanges(),
                Duration.ofNanos(System.nanoTime() - start),
                Failures.asError(failure)));
  }

  private CompletableFuture<?> steps(
      ConnectorChange change, ConnectorSpec spec, boolean initialState) {
    return switch (change.action()) {
      case DELETE -> transport.executeAsync(Endpoints.DELETE_CONNECTOR.call(change.name()));
      case CREATE -> create(spec, initialState);
      default -> update(change, spec);
    };
  }

  private CompletableFuture<?> create(ConnectorSpec spec, boolean initialState) {
    TargetState target = spec.state();
    boolean direct = target == TargetState.RUNNING || initialState;
    InitialState initial =
        target == TargetState.RUNNING || !initialState ? null : InitialState.valueOf(target.name());
    CompletableFuture<?> created =
        transport.executeAsync(
            Endpoints.CREATE_CONNECTOR
                .call()
                .body(new NewConnector(spec.name(), spec.config(), initial)));
    return direct ? created : created.thenCompose(info -> transition(spec.name(), target));
  }

  private CompletableFuture<Void> update(ConnectorChange change, ConnectorSpec spec) {
    String name = change.name();
    boolean toRunning = spec.state() == TargetState.RUNNING;
    CompletableFuture<Void> first =
        toRunning ? putConfig(change, spec) : stateStep(change, name, spec.state());
    return first.thenCompose(
        done -> toRunning ? stateStep(change, name, spec.state()) : putConfig(change, spec));
  }

  private CompletableFuture<Void> putConfig(ConnectorChange change, ConnectorSpec spec) {
    if (change.configChanges().isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    return transport
        .executeAsync(Endpoints.PUT_CONNECTOR_CONFIG.call(spec.name()).body(spec.config()))
        .thenApply(update -> null);
  }

  private CompletableFuture<Void> stateStep(
      ConnectorChange change, String name, TargetState target) {
    return change.stateChanges()
        ? transition(name, target)
        : CompletableFuture.completedFuture(null);
  }

  private CompletableFuture<Void> transition(String name, TargetState target) {
    Endpoint<Void> endpoint =
        switch (target) {
          case RUNNING -> Endpoints.RESUME_CONNECTOR;
          case PAUSED -> Endpoints.PAUSE_CONNECTOR;
          case STOPPED -> Endpoints.STOP_CONNECTOR;
        };
    return transport.executeAsync(endpoint.call(name));
  }

  /**
   * Awaits the connector's wanted state: RUNNING with at least one task, PAUSED with any number (a
   * connector created PAUSED has none until resumed), STOPPED with none; a deleted one until gone.
   */
  private CompletableFuture<?> awaitWanted(ConnectorChange change, Duration timeout) {
    TargetState target = change.targetState().orElse(TargetState.RUNNING);
    int tasks = target == TargetState.RUNNING ? 1 : 0;
    Await await =
        change.action() == Action.DELETE
            ? Await.deleted(change.name(), timeout)
            : Await.state(change.name(), target.toState(), tasks, timeout);
    return AsyncAwait.start(transport, await);
  }

  /** The exception of a spec that validation refused; nothing was sent for it. */
  private InvalidConfigException invalid(ConnectorChange change, ConnectorSpec spec) {
    List<String> errors = new ArrayList<>();
    change.validationErrors().forEach((key, messages) -> errors.addAll(messages));
    String pluginClass = spec == null ? null : spec.config().get(Validation.CONNECTOR_CLASS);
    String path =
        pluginClass == null || pluginClass.isBlank()
            ? "/connector-plugins/config/validate"
            : transport
                .prepare(Endpoints.VALIDATE_CONNECTOR_CONFIG.call(pluginClass).body(Map.of()))
                .encodedPath();
    String message =
        "Connector configuration is invalid and contains the following "
            + errors.size()
            + " error(s):\n"
            + String.join("\n", errors)
            + "\n(validated before applying; no write was sent for "
            + change.name()
            + ")";
    return new InvalidConfigException(
        new ErrorResponse("PUT", path, 200, null, message, null, 1, null), errors);
  }
}
