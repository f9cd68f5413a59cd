package io.github.connectclient.internal.config;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;

/**
 * The route from the public client builder to what only this library may see: the transport
 * configuration it describes (for the async module's builder) and the timing seams of tests. The
 * builder installs its accessor when its class is initialised; this package knows it only as an
 * {@code Object}, so no internal package depends on the public API.
 */
public final class BuilderAccess {

  /** What the public builder lets this library do with it. */
  public interface Accessor {

    /** The configuration {@code builder} describes; async futures complete on {@code executor}. */
    TransportConfig config(Object builder, Executor completionExecutor);

    /** Replaces the clock, the sync path's sleeper and the jitter source of {@code builder}. */
    void testTiming(Object builder, Clock clock, Sleeper sleeper, DoubleSupplier random);
  }

  private static volatile Accessor accessor;

  private BuilderAccess() {}

  /** Called once, by the builder's static initialiser. */
  public static void install(Accessor builderAccessor) {
    accessor = Objects.requireNonNull(builderAccessor, "builderAccessor == null");
  }

  /** The configuration {@code builder} (a {@code ClientBuilder}) describes. */
  public static TransportConfig config(Object builder, Executor completionExecutor) {
    return accessor().config(builder, completionExecutor);
  }

  /**
   * Test hook: replaces the clock, the sync path's sleeper and the jitter source of {@code builder}
   * (a {@code ClientBuilder}), so that retry tests never sleep and their delays are exact.
   */
  public static void testTiming(
      Object builder, Clock clock, Sleeper sleeper, DoubleSupplier random) {
    accessor().testTiming(builder, clock, sleeper, random);
  }

  private static Accessor accessor() {
    Accessor installed = accessor;
    if (installed == null) {
      throw new IllegalStateException("the client builder class is not initialised");
    }
    return installed;
  }
}
