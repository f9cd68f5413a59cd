package io.github.connectclient.apply;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code plan} and {@code apply} work. Start from {@link #defaults()} and change what you need:
 * {@code ApplyOptions.defaults().prune(true).pruneSelector(matching("orders-.*"))}.
 *
 * @param prune whether connectors on the cluster but not in the specs are deleted (off by default)
 * @param pruneSelector which connectors {@code prune} may delete ({@link ConnectorSelector#all()}
 *     by default)
 * @param validate whether every CREATE and config UPDATE is checked with the plugin's validate
 *     endpoint during {@code plan} (on by default); an invalid one is not applied
 * @param parallelism how many connectors are validated or applied at once (4 by default)
 * @param await how long {@code apply} waits for each changed connector to reach its state (or be
 *     gone), empty to not wait (the default)
 */
public record ApplyOptions(
    boolean prune,
    ConnectorSelector pruneSelector,
    boolean validate,
    int parallelism,
    Optional<Duration> await) {

  /**
   * Checks the values.
   *
   * @param prune whether connectors without a spec are deleted
   * @param pruneSelector which connectors {@code prune} may delete ({@link ConnectorSelector#all()}
   *     by default)
   * @param validate whether each config is validated first
   * @param parallelism how many connectors at once, at least 1
   * @param await how long {@code apply} waits for each changed connector to reach its state (or be
   *     gone), empty to not wait (the default)
   */
  public ApplyOptions {
    Objects.requireNonNull(pruneSelector, "pruneSelector == null");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1 but was " + parallelism);
    }
    Objects.requireNonNull(await, "await == null");
    if (await.isPresent() && (await.get().isNegative() || await.get().isZero())) {
      throw new IllegalArgumentException("await must be positive but was " + await.get());
    }
  }

  /**
   * No prune, validation on, parallelism 4, no await.
   *
   * @return the default options: no prune, validation on, parallelism 4, no await
   */
  public static ApplyOptions defaults() {
    return new ApplyOptions(false, ConnectorSelector.all(), true, 4, Optional.empty());
  }

  /**
   * These options with {@code prune} on or off.
   *
   * @param prune whether connectors without a spec are deleted
   * @return new options
   */
  public ApplyOptions prune(boolean prune) {
    return new ApplyOptions(prune, pruneSelector, validate, parallelism, await);
  }

  /**
   * These options with prune limited to what {@code selector} selects.
   *
   * @param selector the connectors prune may delete
   * @return new options
   */
  public ApplyOptions pruneSelector(ConnectorSelector selector) {
    return new ApplyOptions(prune, selector, validate, parallelism, await);
  }

  /**
   * These options with validation on or off.
   *
   * @param validate whether each config is validated first
   * @return new options
   */
  public ApplyOptions validate(boolean validate) {
    return new ApplyOptions(prune, pruneSelector, validate, parallelism, await);
  }

  /**
   * These options with {@code parallelism} connectors at once.
   *
   * @param parallelism how many connectors at once, at least 1
   * @return new options
   */
  public ApplyOptions parallelism(int parallelism) {
    return new ApplyOptions(prune, pruneSelector, validate, parallelism, await);
  }

  /**
   * These options waiting up to {@code timeout} for each changed connector after applying it.
   *
   * @param timeout how long to wait for each changed connector
   * @return new options
   */
  public ApplyOptions await(Duration timeout) {
    return new ApplyOptions(
        prune, pruneSelector, validate, parallelism, Optional.of(Objects.requireNonNull(timeout)));
  }
}
