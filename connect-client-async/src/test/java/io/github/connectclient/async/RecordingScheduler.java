package io.github.connectclient.async;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A user-supplied scheduler that records every task the client schedules (retries and polls), so a
 * test can wait until one is pending and then check that it was cancelled. A {@link #holding()}
 * scheduler runs none of them, so that a test can act while one is pending without racing it.
 */
final class RecordingScheduler extends ScheduledThreadPoolExecutor {

  /** A task the client scheduled, and the delay it asked for. */
  record Task(ScheduledFuture<?> future, long delayMillis) {

    /**
     * Whether the task gets cancelled within 5 s. The client may learn of a cancel a moment after
     * the test triggers it (it stores the task's future only once {@code schedule} returned), so
     * this waits on a latch rather than reading {@code isCancelled()} once.
     */
    boolean awaitCancelled() throws InterruptedException {
      return ((CancelAware<?>) future).cancelled.await(5, TimeUnit.SECONDS);
    }
  }

  private static final long HOLD_MILLIS = TimeUnit.HOURS.toMillis(1);

  private final BlockingQueue<Task> scheduled = new LinkedBlockingQueue<>();
  private final long extraDelayMillis;

  /** Runs tasks when they are due. */
  RecordingScheduler() {
    this(0);
  }

  private RecordingScheduler(long extraDelayMillis) {
    super(
        1,
        runnable -> {
          Thread thread = new Thread(runnable, "test-scheduler");
          thread.setDaemon(true);
          return thread;
        });
    this.extraDelayMillis = extraDelayMillis;
  }

  /** Records tasks but runs none (for a test's duration). */
  static RecordingScheduler holding() {
    return new RecordingScheduler(HOLD_MILLIS);
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    long millis = unit.toMillis(delay);
    ScheduledFuture<?> future =
        super.schedule(command, millis + extraDelayMillis, TimeUnit.MILLISECONDS);
    scheduled.add(new Task(future, millis));
    return future;
  }

  @Override
  protected <V> RunnableScheduledFuture<V> decorateTask(
      Runnable runnable, RunnableScheduledFuture<V> task) {
    return new CancelAware<>(task);
  }

  @Override
  protected <V> RunnableScheduledFuture<V> decorateTask(
      Callable<V> callable, RunnableScheduledFuture<V> task) {
    return new CancelAware<>(task);
  }

  /** The next task the client schedules, waiting up to 5 s for it. */
  Task next() throws InterruptedException {
    Task next = scheduled.poll(5, TimeUnit.SECONDS);
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
    super.schedule(() -> null, millis, TimeUnit.MILLISECONDS)
        .get(millis + 5_000, TimeUnit.MILLISECONDS);
  }

  /** A scheduled task that counts down a latch when it is cancelled. */
  private static final class CancelAware<V> implements RunnableScheduledFuture<V> {
    private final RunnableScheduledFuture<V> task;
    private final CountDownLatch cancelled = new CountDownLatch(1);

    CancelAware(RunnableScheduledFuture<V> task) {
      this.task = task;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean done = task.cancel(mayInterruptIfRunning);
      if (task.isCancelled()) {
        cancelled.countDown();
      }
      return done;
    }

    @Override
    public boolean isPeriodic() {
      return task.isPeriodic();
    }

    @Override
    public void run() {
      task.run();
    }

    @Override
    public boolean isCancelled() {
      return task.isCancelled();
    }

    @Override
    public boolean isDone() {
      return task.isDone();
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
      return task.get();
    }

    @Override
    public V get(long timeout, TimeUnit unit)
        throws InterruptedException, ExecutionException, TimeoutException {
      return task.get(timeout, unit);
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return task.getDelay(unit);
    }

    @Override
    public int compareTo(Delayed other) {
      return task.compareTo(other instanceof CancelAware<?> aware ? aware.task : other);
    }
  }
}
