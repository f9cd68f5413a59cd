package io.github.connectclient.internal.http;

import io.github.connectclient.internal.config.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fake time for retry tests: a clock that only moves when the client waits, a {@link Sleeper} for
 * the sync path and a scheduler for the async path. Both record each wait and move the clock by it
 * instead of waiting, so retry tests assert exact delays and never sleep.
 */
final class RetryTestTime extends Clock implements Sleeper {

  static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(START);
  private final List<Duration> waits = new ArrayList<>();
  private final ScheduledThreadPoolExecutor scheduler =
      new ScheduledThreadPoolExecutor(
          1,
          runnable -> {
            Thread thread = new Thread(runnable, "retry-test-scheduler");
            thread.setDaemon(true);
            return thread;
          }) {
        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
          record(Duration.ofNanos(unit.toNanos(delay)));
          return super.schedule(command, 0, TimeUnit.NANOSECONDS);
        }
      };

  @Override
  public void sleep(Duration duration) {
    record(duration);
  }

  /** The scheduler to hand to {@code ClientBuilder.scheduler(...)}. */
  ScheduledThreadPoolExecutor scheduler() {
    return scheduler;
  }

  /** Every wait of the client so far (sync sleeps and async schedules alike), in order. */
  synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** Moves the clock, as time passing outside the client. */
  void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  void shutdown() {
    scheduler.shutdownNow();
  }

  private synchronized void record(Duration duration) {
    waits.add(duration);
    advance(duration);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
