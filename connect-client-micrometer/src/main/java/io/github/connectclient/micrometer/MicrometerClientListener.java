package io.github.connectclient.micrometer;

import io.github.connectclient.AttemptEvent;
import io.github.connectclient.ClientListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;

/**
 * Records what a connect-client does as Micrometer meters:
 *
 * <ul>
 *   <li>{@value #ATTEMPTS}, a timer of every attempt, tagged {@code operation} (the client method,
 *       e.g. {@code putConnectorConfig}), {@code method}, {@code outcome} ({@code SUCCESS}, {@code
 *       CLIENT_ERROR}, {@code SERVER_ERROR}, {@code IO_ERROR}, {@code UNREADABLE}, {@code OTHER}),
 *       {@code status} (the HTTP status, {@code NONE} without an answer) and {@code exception} (the
 *       failure's simple class name, {@code none} on success);
 *   <li>{@value #RETRIES}, a counter of attempts repeated at the same worker, tagged {@code
 *       operation};
 *   <li>{@value #FAILOVERS}, a counter of moves to another worker, tagged {@code operation} and
 *       {@code worker} (the worker that failed).
 * </ul>
 *
 * <p>Retries plus failovers is the number of attempts beyond the first. No tag holds a connector
 * name, a path or anything the request carried, so the number of series stays small and secrets
 * stay out.
 *
 * <pre>{@code
 * ConnectClient client = ConnectClient.builder()
 *     .url("http://connect:8083")
 *     .clientListener(new MicrometerClientListener(meterRegistry))
 *     .build();
 * }</pre>
 */
public final class MicrometerClientListener implements ClientListener {

  /** The name of the timer of attempts. */
  public static final String ATTEMPTS = "connect.client.requests";

  /** The name of the counter of retries at the same worker. */
  public static final String RETRIES = "connect.client.retries";

  /** The name of the counter of failovers to another worker. */
  public static final String FAILOVERS = "connect.client.failovers";

  private final MeterRegistry registry;
  private final Tags commonTags;

  /**
   * A listener recording into {@code registry}.
   *
   * @param registry where the meters are registered
   */
  public MicrometerClientListener(MeterRegistry registry) {
    this(registry, Tags.empty());
  }

  /**
   * A listener recording into {@code registry}, with {@code commonTags} on every meter (for example
   * {@code cluster=prod} when an application talks to several clusters).
   *
   * @param registry where the meters are registered
   * @param commonTags tags added to every meter
   */
  public MicrometerClientListener(MeterRegistry registry, Iterable<Tag> commonTags) {
    this.registry = Objects.requireNonNull(registry, "registry == null");
    this.commonTags = Tags.of(Objects.requireNonNull(commonTags, "commonTags == null"));
  }

  @Override
  public void onAttempt(AttemptEvent event) {
    Timer.builder(ATTEMPTS)
        .description("Attempts of Kafka Connect REST calls, by operation and outcome")
        .tags(commonTags)
        .tag("operation", event.operation())
        .tag("method", event.method())
        .tag("outcome", event.outcome().name())
        .tag("status", event.status() == 0 ? "NONE" : Integer.toString(event.status()))
        .tag("exception", event.failureType() == null ? "none" : event.failureType())
        .register(registry)
        .record(event.duration());
    switch (event.next()) {
      case RETRY ->
          Counter.builder(RETRIES)
              .description("Kafka Connect REST attempts repeated at the same worker")
              .tags(commonTags)
              .tag("operation", event.operation())
              .register(registry)
              .increment();
      case FAILOVER ->
          Counter.builder(FAILOVERS)
              .description("Kafka Connect REST calls moved to another worker")
              .tags(commonTags)
              .tag("operation", event.operation())
              .tag("worker", event.workerUrl())
              .register(registry)
              .increment();
      default -> {
        // the call ends here or reads a create back: nothing more to count
      }
    }
  }
}
