package io.github.connectclient.internal.http;

import io.github.connectclient.AttemptEvent;
import io.github.connectclient.ClientBuilder;
import io.github.connectclient.RetryEvent;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.internal.config.BuilderAccess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Builds the one {@link Transport} behind both clients for retry tests: fake time, a fixed jitter
 * source (0.5, so delays are exact), and listeners recording every {@link RetryEvent} and {@link
 * AttemptEvent}. Made by {@link RetryTestSetup#client}, which closes what it opens after the test.
 */
final class RetryTestClient extends ClientBuilder<RetryTestClient> {

  /** The default policy without jitter noise in assertions: 250 ms doubling, 10 attempts. */
  static final RetryPolicy POLICY = RetryPolicy.defaults();

  final RetryTestTime time = new RetryTestTime();
  final List<RetryEvent> events = new CopyOnWriteArrayList<>();
  final List<AttemptEvent> attempts = new CopyOnWriteArrayList<>();
  private final Consumer<AutoCloseable> closeAfterTest;

  RetryTestClient(Consumer<AutoCloseable> closeAfterTest, String... urls) {
    this.closeAfterTest = closeAfterTest;
    urls(List.of(urls));
    BuilderAccess.testTiming(this, time, time, () -> 0.5);
    scheduler(time.scheduler());
    retryListener(events::add);
    clientListener(attempts::add);
    retryPolicy(POLICY);
    closeAfterTest.accept(time::shutdown);
  }

  @Override
  protected RetryTestClient self() {
    return this;
  }

  /** A new transport of these options, closed after the test. */
  Transport transport() {
    Transport transport = Transport.create(BuilderAccess.config(this, null));
    closeAfterTest.accept(transport);
    return transport;
  }

  /** The events of one kind, in order. */
  List<RetryEvent> events(RetryEvent.Kind kind) {
    List<RetryEvent> matching = new ArrayList<>();
    for (RetryEvent event : events) {
      if (event.kind() == kind) {
        matching.add(event);
      }
    }
    return matching;
  }

  List<Duration> waits() {
    return time.waits();
  }
}
