package io.github.connectclient.internal.config;

import java.time.Duration;

/** Waits between attempts of a sync call; injected so that retry tests never sleep. */
@FunctionalInterface
public interface Sleeper {

  /** The real one: {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /** Waits {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}
