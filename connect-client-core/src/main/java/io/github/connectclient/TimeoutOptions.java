package io.github.connectclient;

import io.github.connectclient.internal.config.Timeouts;
import java.time.Duration;

/**
 * The timeout options of {@link ClientBuilder}: connecting, and one attempt of each kind of call.
 * Package-private: users see these methods on {@link ClientBuilder}, which inherits them.
 * docs/retries.md ("Timeouts by kind of call") gives the defaults and their reasons.
 *
 * @param <B> the concrete builder (bound to {@link ClientBuilder} so that the erased signatures are
 *     those of the methods when {@code ClientBuilder} declared them)
 */
abstract class TimeoutOptions<B extends ClientBuilder<B>> extends SecurityOptions<B> {

  private Duration connectTimeout = ClientBuilder.DEFAULT_CONNECT_TIMEOUT;
  private Duration readTimeout = ClientBuilder.DEFAULT_READ_TIMEOUT;
  private Duration writeTimeout = ClientBuilder.DEFAULT_WRITE_TIMEOUT;
  private Duration validationTimeout = ClientBuilder.DEFAULT_VALIDATION_TIMEOUT;
  private Duration hedgeReadsAfter;

  TimeoutOptions() {}

  /**
   * TCP (and TLS) connect timeout. Default {@link ClientBuilder#DEFAULT_CONNECT_TIMEOUT}.
   *
   * @param timeout the timeout
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = Timeouts.positive(timeout, "connectTimeout");
    return self();
  }

  /**
   * The time budget of one attempt of every kind of call, from sending to the last byte of the
   * answer: sets {@link #readTimeout}, {@link #writeTimeout} and {@link #validationTimeout} at once
   * (a later call of one of those overrides its kind). Default: per kind, see those setters.
   *
   * @param timeout the timeout
   * @return this builder
   */
  public B requestTimeout(Duration timeout) {
    Timeouts.positive(timeout, "requestTimeout");
    this.readTimeout = timeout;
    this.writeTimeout = timeout;
    this.validationTimeout = timeout;
    return self();
  }

  /**
   * The time budget of one attempt of a read ({@code GET}). Default {@link
   * ClientBuilder#DEFAULT_READ_TIMEOUT} (15 s): a healthy worker answers a read in milliseconds, so
   * a read that has not answered by then is abandoned (it is safe to repeat) and retried on the
   * next worker, which makes a hung worker cost a read at most this long.
   *
   * @param timeout the timeout
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = Timeouts.positive(timeout, "readTimeout");
    return self();
  }

  /**
   * The time budget of one attempt of a write ({@code POST}, {@code PUT}, {@code PATCH}, {@code
   * DELETE}). Default {@link ClientBuilder#DEFAULT_WRITE_TIMEOUT} (100 s): Connect works on a
   * forwarded write for up to 90 s before answering {@code Request timed out}; a shorter timeout
   * would abandon writes the server still applies.
   *
   * @param timeout the timeout
   * @return this builder
   */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = Timeouts.positive(timeout, "writeTimeout");
    return self();
  }

  /**
   * The time budget of one attempt of {@code PUT /connector-plugins/{p}/config/validate}, which
   * runs the connector's own checks (connecting to a database, a bucket...). Default {@link
   * ClientBuilder#DEFAULT_VALIDATION_TIMEOUT} (100 s, as writes: Connect gives it the same 90 s).
   *
   * @param timeout the timeout
   * @return this builder
   */
  public B validationTimeout(Duration timeout) {
    this.validationTimeout = Timeouts.positive(timeout, "validationTimeout");
    return self();
  }

  /**
   * Hedges reads: when the first attempt of a {@code GET} has no answer after {@code after}, a
   * second attempt goes to another worker (one not cooling down); the first answer wins and the
   * other attempt is cancelled. Reads are safe to repeat, so the cost is one more request to a
   * worker. Only with several {@link ClientBuilder#urls urls}; a sync call then runs on the
   * client's dispatcher threads. Default: off (a hung worker costs a read its {@link
   * #readTimeout}).
   *
   * @param after the after
   * @return this builder
   */
  public B hedgeReads(Duration after) {
    this.hedgeReadsAfter = Timeouts.positive(after, "hedgeReads");
    return self();
  }

  /** The timeouts these options describe. */
  final Timeouts timeouts() {
    return new Timeouts(
        connectTimeout, readTimeout, writeTimeout, validationTimeout, hedgeReadsAfter);
  }
}
