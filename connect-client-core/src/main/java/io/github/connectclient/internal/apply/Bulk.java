package io.github.connectclient.internal.apply;

import io.github.connectclient.apply.BulkItem;
import io.github.connectclient.apply.BulkResult;
import io.github.connectclient.apply.ConnectorSelector;
import io.github.connectclient.internal.endpoint.Arguments;
import io.github.connectclient.internal.endpoint.Endpoint;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.RestartOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The bulk operations: select from one expanded listing, then act on each selected connector with
 * bounded parallelism, recording each one's outcome. A name that {@code named(...)} requires but
 * the listing lacks is looked up ({@code GET /connectors/{name}}, whose 404 becomes the item's
 * {@code ConnectorNotFoundException}); the listing leaves out connectors without a status yet.
 */
final class Bulk {

  /** How many connectors a bulk operation acts on at once. */
  static final int PARALLELISM = 4;

  private final Transport transport;

  Bulk(Transport transport) {
    this.transport = transport;
  }

  /** The names {@code selector} picks from one expanded listing, sorted. */
  CompletableFuture<List<String>> find(ConnectorSelector selector) {
    Arguments.notNull(selector, "selector");
    return transport
        .executeAsync(Endpoints.LIST_CONNECTORS_EXPANDED.call())
        .thenApply(
            listing ->
                listing.entrySet().stream()
                    .filter(entry -> selector.matches(entry.getKey(), entry.getValue()))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList());
  }

  CompletableFuture<BulkResult> pause(ConnectorSelector selector, CompletableFuture<?> stop) {
    return run(stop, "pauseConnectors", selector, name -> send(Endpoints.PAUSE_CONNECTOR, name));
  }

  CompletableFuture<BulkResult> resume(ConnectorSelector selector, CompletableFuture<?> stop) {
    return run(stop, "resumeConnectors", selector, name -> send(Endpoints.RESUME_CONNECTOR, name));
  }

  CompletableFuture<BulkResult> stop(ConnectorSelector selector, CompletableFuture<?> stop) {
    return run(stop, "stopConnectors", selector, name -> send(Endpoints.STOP_CONNECTOR, name));
  }

  CompletableFuture<BulkResult> delete(ConnectorSelector selector, CompletableFuture<?> stop) {
    return run(stop, "deleteConnectors", selector, name -> send(Endpoints.DELETE_CONNECTOR, name));
  }

  CompletableFuture<BulkResult> restart(
      ConnectorSelector selector, RestartOptions options, CompletableFuture<?> stop) {
    Arguments.notNull(options, "options");
    return run(
        stop,
        "restartConnectors",
        selector,
        name -> transport.executeAsync(Endpoints.restartConnector(name, options)));
  }

  private CompletableFuture<?> send(Endpoint<Void> endpoint, String name) {
    return transport.executeAsync(endpoint.call(name));
  }

  private CompletableFuture<BulkResult> run(
      CompletableFuture<?> stop,
      String operation,
      ConnectorSelector selector,
      Function<String, CompletableFuture<?>> action) {
    Arguments.notNull(selector, "selector");
    return transport
        .executeAsync(Endpoints.LIST_CONNECTORS_EXPANDED.call())
        .thenCompose(
            listing -> {
              TreeSet<String> names = new TreeSet<>();
              listing.forEach(
                  (name, connector) -> {
                    if (selector.matches(name, connector)) {
                      names.add(name);
                    }
                  });
              selector.names().ifPresent(required -> names.addAll(required));
              List<String> ordered = new ArrayList<>(names);
              return Parallel.run(
                  ordered,
                  PARALLELISM,
                  stop,
                  name -> item(name, listing.get(name), selector, action));
            })
        .thenApply(
            items -> new BulkResult(operation, items.stream().flatMap(Optional::stream).toList()));
  }

  /** One connector's outcome, or none for a required name that exists but is not selected. */
  private CompletableFuture<Optional<BulkItem>> item(
      String name,
      ConnectorExpanded listed,
      ConnectorSelector selector,
      Function<String, CompletableFuture<?>> action) {
    CompletableFuture<Boolean> selected;
    if (listed != null) {
      selected = CompletableFuture.completedFuture(true);
    } else {
      selected =
          Failures.attempt(() -> transport.executeAsync(Endpoints.GET_CONNECTOR.call(name)))
              .thenApply(info -> selector.matches(name, new ConnectorExpanded(info, null)));
    }
    return selected
        .thenCompose(
            yes ->
                yes
                    ? Failures.attempt(() -> action.apply(name).thenApply(done -> true))
                    : CompletableFuture.completedFuture(false))
        .handle(
            (acted, failure) ->
                failure == null && !acted
                    ? Optional.<BulkItem>empty()
                    : Optional.of(new BulkItem(name, Failures.asError(failure))));
  }
}
