package io.github.connectclient.internal.http;

import io.github.connectclient.internal.config.BuilderAccess;
import io.github.connectclient.ClientBuilder;
import io.github.connectclient.RetryEvent;
import io.github.connectclient.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Builds the one {@link Transport} behind both clients for retry tests: fake time, a fixed
 * jitter source (0.5, so delays are exact), and a listener recording every {@link RetryEvent}.
 */
final class RetryTestClient extends ClientBuilder<RetryTestClient> {

  /** The default policy without jitter noise in assertions: 250 ms doubling, 10 attempts. */
  static final RetryPolicy POLICY = RetryPolicy.defaults();

  private static final List<Runnable> OPEN = Collections.synchronizedList(new ArrayList<>());

  final RetryTestTime time = new RetryTestTime();
  final List<RetryEvent> events = new CopyOnWriteArrayList<>();

  RetryTestClient(String... urls) {
    urls(List.of(urls));
    BuilderAccess.testTiming(this, time, time, () -> 0.5);
    scheduler(time.scheduler());
    retryListener(events::add);
    retryPolicy(POLICY);
    OPEN.add(time::shutdown);
  }

  @Override
  protected RetryTestClient self() {
    return this;
  }

  /** The transport; closed, with the fake scheduler, by {@link #closeAll()}. */
  Transport transport() {
    Transport transport = Transport.create(BuilderAccess.config(this, null));
    OPEN.add(transport::close);
    return transport;
  }

  /** Closes every transport and scheduler built so far (call it after each test). */
  static void closeAll() {
    synchronized (OPEN) {
      OPEN.forEach(Runnable::run);
      OPEN.clear();
    }
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
