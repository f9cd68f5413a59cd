package io.github.connectclient.internal.config;

import io.github.connectclient.ClientBuilder;
import io.github.connectclient.internal.http.Transport;
import java.time.Clock;
import java.util.function.DoubleSupplier;

/** The test seams of the public builder, reached through the library's internal route. */
public final class TestSeams {

  private TestSeams() {}

  /** {@code builder} whose sync retries never wait and whose jitter is none (0.5). */
  public static <B extends ClientBuilder<?>> B noWaiting(B builder) {
    return timing(builder, Clock.systemUTC(), delay -> {}, () -> 0.5);
  }

  /** {@code builder} with this clock, sync-path sleeper and jitter source. */
  public static <B extends ClientBuilder<?>> B timing(
      B builder, Clock clock, Sleeper sleeper, DoubleSupplier random) {
    BuilderAccess.testTiming(builder, clock, sleeper, random);
    return builder;
  }

  /** The bare transport {@code builder} describes, for the async execution path. */
  public static Transport transport(ClientBuilder<?> builder) {
    return Transport.create(BuilderAccess.config(builder, null));
  }
}
