package io.github.connectclient.internal.config;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.DoubleSupplier;
import okhttp3.OkHttpClient;

/**
 * What the client runs on: the HTTP client, threads, and time (the last three replaced in tests).
 *
 * @param okHttpClient the client to derive from, or null to create one (and own it)
 * @param scheduler schedules async retries and polls, or null to create one (and own it)
 * @param completionExecutor where async futures complete, or null for the I/O thread
 * @param clock time source of deadlines, cool-downs and {@code Retry-After} dates
 * @param sleeper how the sync path waits
 * @param random jitter source in [0, 1)
 */
public record ExecutionSettings(
    OkHttpClient okHttpClient,
    ScheduledExecutorService scheduler,
    Executor completionExecutor,
    Clock clock,
    Sleeper sleeper,
    DoubleSupplier random) {

  /** Checks the values. */
  public ExecutionSettings {
    Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(sleeper, "sleeper == null");
    Objects.requireNonNull(random, "random == null");
  }

  @Override
  public String toString() {
    return "ExecutionSettings{okHttpClient="
        + (okHttpClient == null ? "own" : "user-supplied")
        + ", scheduler="
        + (scheduler == null ? "own" : "user-supplied")
        + ", completionExecutor="
        + (completionExecutor == null ? "I/O thread" : "user-supplied")
        + "}";
  }
}
