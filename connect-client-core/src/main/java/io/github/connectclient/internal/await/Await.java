package io.github.connectclient.internal.await;

import io.github.connectclient.errors.ConnectorFailedException;
import io.github.connectclient.errors.ConnectorStateTimeoutException;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.internal.endpoint.ApiCall;
import io.github.connectclient.internal.endpoint.Arguments;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskState;
import java.time.Duration;

/**
 * One await, and every rule of awaiting: what is polled ({@code GET /connectors/{name}/status}),
 * what each answer means ({@link Verdict}), what a timeout throws, and how long to pause between
 * polls. The blocking loop ({@link BlockingAwait}) and the async poller ({@link AsyncAwait}) only
 * poll, wait and act on the verdict.
 */
public final class Await {

  /** The pause after the first poll; each later pause doubles, up to {@link #MAX_PAUSE}. */
  public static final Duration FIRST_PAUSE = Duration.ofMillis(100);

  /** The longest pause between two polls. */
  public static final Duration MAX_PAUSE = Duration.ofSeconds(1);

  private final String name;
  private final State state;
  private final int minTasks;
  private final Duration timeout;
  private final ApiCall<ConnectorStatus> statusCall;

  private Await(String name, State state, int minTasks, Duration timeout) {
    this.name = name;
    this.state = state;
    this.minTasks = minTasks;
    this.timeout = Arguments.notNull(timeout, "timeout");
    this.statusCall = Endpoints.GET_CONNECTOR_STATUS.call(name);
  }

  /**
   * Waits until the connector and all its tasks are in {@code state}, with at least one task for
   * RUNNING and PAUSED (tasks are created after the connector) and none for the others.
   */
  public static Await state(String name, State state, Duration timeout) {
    Arguments.notNull(state, "state");
    boolean needsTasks = state == State.RUNNING || state == State.PAUSED;
    return new Await(name, state, needsTasks ? 1 : 0, timeout);
  }

  /** Waits until the connector and at least {@code minTasks} tasks are all in {@code state}. */
  public static Await state(String name, State state, int minTasks, Duration timeout) {
    Arguments.notNull(state, "state");
    if (minTasks < 0) {
      throw new IllegalArgumentException("minTasks must be >= 0 but was " + minTasks);
    }
    return new Await(name, state, minTasks, timeout);
  }

  /** Waits until the connector has no status any more: it is deleted and its tasks are gone. */
  public static Await deleted(String name, Duration timeout) {
    return new Await(name, null, 0, timeout);
  }

  /** The poll: {@code GET /connectors/{name}/status}. */
  public ApiCall<ConnectorStatus> statusCall() {
    return statusCall;
  }

  /** How long to wait in all. */
  public Duration timeout() {
    return timeout;
  }

  /** What a status read means. */
  public Verdict onStatus(ConnectorStatus status) {
    if (state == null) {
      return Verdict.AGAIN;
    }
    if (matches(status, state, minTasks)) {
      return Verdict.done(status);
    }
    if (failedWhileAwaiting(status, state)) {
      return Verdict.fail(new ConnectorFailedException(name, state, status));
    }
    return Verdict.AGAIN;
  }

  /**
   * What a failed poll means: no status (404) is "not yet" for a state and "done" for a delete;
   * anything else (after the transport's own retries) ends the await with that failure.
   */
  public Verdict onFailure(RuntimeException failure) {
    if (failure instanceof NotFoundException) {
      return state == null ? Verdict.done(null) : Verdict.AGAIN;
    }
    return Verdict.fail(failure);
  }

  /** The exception of a timeout, holding the last status seen or the last error. */
  public ConnectorStateTimeoutException timedOut(ConnectorStatus last, Throwable lastError) {
    State awaited = state == null ? State.DESTROYED : state;
    return new ConnectorStateTimeoutException(name, awaited, timeout, last, lastError);
  }

  /**
   * The pause after poll number {@code polls} (1 for the first): 100 ms, 200, 400, 800, then 1 s;
   * never longer than the time {@code left}.
   */
  public static Duration pause(int polls, Duration left) {
    int doublings = Math.min(Math.max(polls - 1, 0), 10);
    Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
    if (pause.compareTo(MAX_PAUSE) > 0) {
      pause = MAX_PAUSE;
    }
    return left.compareTo(pause) < 0 ? left : pause;
  }

  /**
   * Whether the connector and all its tasks are in {@code state}, with at least {@code minTasks}
   * tasks.
   */
  static boolean matches(ConnectorStatus status, State state, int minTasks) {
    if (status == null || status.connector() == null || status.connector().state() != state) {
      return false;
    }
    if (status.tasks().size() < minTasks) {
      return false;
    }
    return status.tasks().stream().allMatch(task -> task.state() == state);
  }

  /**
   * Whether waiting longer is pointless: the connector or a task FAILED while RUNNING, PAUSED (or
   * another state but STOPPED) is awaited. Stopping removes the tasks and the failed instance, so a
   * FAILED seen while STOPPED is awaited is only on its way out.
   */
  static boolean failedWhileAwaiting(ConnectorStatus status, State state) {
    if (state == State.FAILED || state == State.STOPPED || status.connector() == null) {
      return false;
    }
    if (status.connector().state() == State.FAILED) {
      return true;
    }
    for (TaskState task : status.tasks()) {
      if (task.state() == State.FAILED) {
        return true;
      }
    }
    return false;
  }

  /**
   * What one poll means: the await is done (with the status, null for a delete), failed, or polls
   * again.
   *
   * @param outcome which of the three
   * @param status the matching status, when done
   * @param failure the exception to end with, when failed
   */
  public record Verdict(Outcome outcome, ConnectorStatus status, RuntimeException failure) {

    static final Verdict AGAIN = new Verdict(Outcome.AGAIN, null, null);

    static Verdict done(ConnectorStatus status) {
      return new Verdict(Outcome.DONE, status, null);
    }

    static Verdict fail(RuntimeException failure) {
      return new Verdict(Outcome.FAILED, null, failure);
    }
  }

  /** The three outcomes of a poll. */
  public enum Outcome {
    /** The await is over: return the status. */
    DONE,
    /** The await is over: throw the failure. */
    FAILED,
    /** Pause, then poll again (or time out). */
    AGAIN
  }
}
