package io.github.connectclient.async;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A user-supplied scheduler that records every task the client schedules (retries and polls), so
 * a test can wait until one is pending and then check that it was cancelled.
 */
final class RecordingScheduler extends ScheduledThreadPoolExecutor {

  private final BlockingQueue<ScheduledFuture<?>> scheduled = new LinkedBlockingQueue<>();

  RecordingScheduler() {
    super(1, runnable -> {
      Thread thread = new Thread(runnable, "test-scheduler");
      thread.setDaemon(true);
      return thread;
    });
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    ScheduledFuture<?> future = super.schedule(command, delay, unit);
    scheduled.add(future);
    return future;
  }

  /** The next task the client schedules, waiting up to 5 s for it. */
  ScheduledFuture<?> next() throws InterruptedException {
    ScheduledFuture<?> next = scheduled.poll(5, TimeUnit.SECONDS);
    if (next == null) {
      throw new AssertionError("the client scheduled nothing within 5 s");
    }
    return next;
  }

  /** How many tasks the client scheduled that no test has taken with {@link #next()}. */
  int untaken() {
    return scheduled.size();
  }

  /**
   * Returns once every task due within {@code millis} has run: this scheduler has one thread and
   * runs tasks in the order they are due, so a marker due later runs after them. A bounded wait
   * tied to the retry policy, not a sleep hiding a race.
   */
  void runPast(long millis) throws Exception {
    super.schedule(() -> null, millis, TimeUnit.MILLISECONDS).get(millis + 5_000, TimeUnit.MILLISECONDS);
  }
}
