package io.github.connectclient.internal.apply;

import io.github.connectclient.apply.Action;
import io.github.connectclient.apply.ApplyOptions;
import io.github.connectclient.apply.ConnectorChange;
import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.apply.Plan;
import io.github.connectclient.apply.ValueChange;
import io.github.connectclient.internal.endpoint.Arguments;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.Redaction;
import io.github.connectclient.model.State;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Makes a {@link Plan}: one expanded listing ({@code GET /connectors?expand=status&expand=info}),
 * completed for specified connectors it left out (see {@link #withUnlisted}), the diff of each spec
 * against it, a validation of each config to write (when asked), and the connectors {@code prune}
 * deletes. Sends no write.
 */
final class Planner {

  private final Transport transport;
  private final Validation validation;

  Planner(Transport transport) {
    this.transport = transport;
    this.validation = new Validation(transport);
  }

  /** The plan; bad arguments (a duplicate or unsafe name) are thrown before any request. */
  CompletableFuture<Plan> plan(
      List<ConnectorSpec> specs, ApplyOptions options, CompletableFuture<?> stop) {
    Arguments.notNull(specs, "specs");
    Arguments.notNull(options, "options");
    Set<String> names = new HashSet<>();
    for (ConnectorSpec spec : specs) {
      Arguments.notNull(spec, "spec");
      if (!names.add(spec.name())) {
        throw new IllegalArgumentException("specs name connector " + spec.name() + " twice");
      }
      transport.prepare(Endpoints.GET_CONNECTOR.call(spec.name()));
    }
    List<ConnectorSpec> copy = List.copyOf(specs);
    return transport
        .executeAsync(Endpoints.LIST_CONNECTORS_EXPANDED.call())
        .thenCompose(listing -> withUnlisted(listing, names, options.parallelism(), stop))
        .thenCompose(
            listing ->
                Parallel.run(
                        copy, options.parallelism(), stop, spec -> change(spec, listing, options))
                    .thenApply(
                        changes -> {
                          List<ConnectorChange> all = new ArrayList<>(changes);
                          all.addAll(pruned(listing, names, options));
                          return new Plan(all, copy, options);
                        }));
  }

  /**
   * {@code listing} plus the specified connectors it left out because they have no status yet
   * (created a moment ago): when a spec's connector is not listed, one {@code GET /connectors}
   * tells whether it exists, and {@code GET /connectors/{name}} reads each one that does, so that
   * it is diffed rather than created twice.
   */
  private CompletableFuture<Map<String, ConnectorExpanded>> withUnlisted(
      Map<String, ConnectorExpanded> listing,
      Set<String> specified,
      int parallelism,
      CompletableFuture<?> stop) {
    List<String> unlisted =
        specified.stream()
            .filter(name -> listing.get(name) == null || listing.get(name).info() == null)
            .sorted()
            .toList();
    if (unlisted.isEmpty()) {
      return CompletableFuture.completedFuture(listing);
    }
    return transport
        .executeAsync(Endpoints.LIST_CONNECTORS.call())
        .thenCompose(
            existing ->
                Parallel.run(
                    unlisted.stream().filter(existing::contains).toList(),
                    parallelism,
                    stop,
                    name ->
                        transport
                            .executeAsync(Endpoints.GET_CONNECTOR.call(name))
                            .handle((info, gone) -> info)))
        .thenApply(
            infos -> {
              Map<String, ConnectorExpanded> all = new HashMap<>(listing);
              infos.stream()
                  .filter(Objects::nonNull)
                  .forEach(info -> all.put(info.name(), new ConnectorExpanded(info, null)));
              return all;
            });
  }

  private CompletableFuture<ConnectorChange> change(
      ConnectorSpec spec, Map<String, ConnectorExpanded> listing, ApplyOptions options) {
    ConnectorExpanded existing = listing.get(spec.name());
    Map<String, String> current =
        existing == null || existing.info() == null ? null : existing.info().config();
    Optional<State> state = current == null ? Optional.empty() : stateOf(existing);
    Map<String, ValueChange> changes =
        ConfigDiff.diff(current, spec.config(), Redaction::isSensitiveKey);
    Action action;
    if (current == null) {
      action = Action.CREATE;
    } else if (changes.isEmpty() && spec.state().isReachedBy(state.orElse(null))) {
      action = Action.NONE;
    } else {
      action = Action.UPDATE;
    }
    boolean writesConfig = action == Action.CREATE || !changes.isEmpty();
    if (!options.validate() || !writesConfig) {
      return CompletableFuture.completedFuture(
          new ConnectorChange(
              spec.name(), action, changes, state, Optional.of(spec.state()), Map.of()));
    }
    return validation
        .check(spec)
        .thenApply(
            outcome ->
                new ConnectorChange(
                    spec.name(),
                    action,
                    ConfigDiff.diff(
                        current,
                        spec.config(),
                        key ->
                            Redaction.isSensitiveKey(key) || outcome.passwordKeys().contains(key)),
                    state,
                    Optional.of(spec.state()),
                    outcome.errors()));
  }

  private static List<ConnectorChange> pruned(
      Map<String, ConnectorExpanded> listing, Set<String> specified, ApplyOptions options) {
    List<ConnectorChange> deletes = new ArrayList<>();
    if (!options.prune()) {
      return deletes;
    }
    new TreeMap<>(listing)
        .forEach(
            (name, connector) -> {
              if (!specified.contains(name)
                  && connector.info() != null
                  && options.pruneSelector().matches(name, connector)) {
                deletes.add(
                    new ConnectorChange(
                        name,
                        Action.DELETE,
                        Map.of(),
                        stateOf(connector),
                        Optional.empty(),
                        Map.of()));
              }
            });
    return deletes;
  }

  private static Optional<State> stateOf(ConnectorExpanded connector) {
    if (connector.status() == null || connector.status().connector() == null) {
      return Optional.empty();
    }
    return Optional.of(connector.status().connector().state());
  }
}
