package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryEvent;
import io.github.connectclient.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A client for a cluster of several workers that rides through rebalances and a lost worker: its
 * retry budget, the workers to fail over between, and a listener that sees every retry.
 *
 * <p>Run: {@code RetryAndFailover http://connect-1:8083 http://connect-2:8083}.
 */
public final class RetryAndFailover {

  private RetryAndFailover() {}

  public static void main(String[] args) {
    List<String> workers = args.length > 0 ? List.of(args) : List.of("http://localhost:8083");
    try (ConnectClient client = build(workers, System.err::println)) {
      System.out.println(client.listConnectors());
    }
  }

  /** A client over {@code workers} that reports each retry decision to {@code log}. */
  static ConnectClient build(List<String> workers, Consumer<String> log) {
    // snippet:retry-failover
    RetryPolicy policy = RetryPolicy.defaults().toBuilder()
        .maxAttempts(6)                            // in all, across every worker
        .initialBackoff(Duration.ofMillis(200))
        .maxBackoff(Duration.ofSeconds(5))
        .deadline(Duration.ofSeconds(60))          // no retry starts after 60 s
        .build();

    ConnectClient client = ConnectClient.builder()
        .urls(workers)                             // e.g. connect-1, connect-2, connect-3
        .retryPolicy(policy)
        .workerCooldown(Duration.ofSeconds(10))    // avoid a worker that just failed
        .retryListener(event -> log.accept(event.kind() + " " + event.operation()
            + " after attempt " + event.attempt() + " at " + event.workerUrl()
            + ": " + event.reason()
            + (event.kind() == RetryEvent.Kind.FAILOVER ? " -> " + event.nextWorkerUrl() : "")))
        .build();
    // end-snippet
    return client;
  }
}
