package io.github.connectclient.internal.http;

import static io.github.connectclient.Answers.error;
import static io.github.connectclient.internal.http.RetryAnswers.STATUS_PATH;
import static io.github.connectclient.internal.http.RetryAnswers.ok;
import static io.github.connectclient.internal.http.RetryAnswers.stale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.RetryEvent;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.RebalanceInProgressException;
import io.github.connectclient.internal.config.BuilderAccess;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exact delays with fake time: exponential backoff, jitter, the deadline across attempts (and the
 * per-attempt timeout it caps), and {@code Retry-After} in both forms. Sync and async alike.
 */
class RetryTimingTest extends RetryTestSetup {

  private final RetryTestWorker worker = worker();

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void backoff_growsExponentiallyUpToMaxBackoff(RetryMode mode) {
    worker.on("GET", STATUS_PATH, stale(), stale(), stale(), stale(), stale(), stale(), ok());
    RetryTestClient client =
        client(worker.url())
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(7)
                    .initialBackoff(Duration.ofMillis(250))
                    .multiplier(2)
                    .maxBackoff(Duration.ofSeconds(2))
                    .jitter(0)
                    .build());

    mode.run(client.transport(), calls.getConnectorStatus("src"));

    assertThat(client.waits())
        .containsExactly(
            millis(250), millis(500), millis(1000), millis(2000), millis(2000), millis(2000));
    assertThat(client.events(RetryEvent.Kind.RETRY))
        .extracting(RetryEvent::delay)
        .containsExactlyElementsOf(client.waits());
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void jitter_spreadsEachDelayWithinPlusMinusTheJitterFraction(RetryMode mode) {
    worker.on("GET", STATUS_PATH, stale(), stale(), stale(), ok());
    Iterator<Double> random = List.of(0.0, 0.75, 0.999999).iterator();
    RetryTestClient client =
        client(worker.url())
            .retryPolicy(
                RetryPolicy.builder()
                    .initialBackoff(Duration.ofMillis(1000))
                    .multiplier(2)
                    .maxBackoff(Duration.ofSeconds(10))
                    .jitter(0.2)
                    .build());
    BuilderAccess.testTiming(client, client.time, client.time, random::next);

    mode.run(client.transport(), calls.getConnectorStatus("src"));

    // 1000 ms x (1 - 0.2), 2000 ms x (1 + 0.2 x 0.5), 4000 ms x (1 + 0.2 x ~1)
    assertThat(client.waits()).containsExactly(millis(800), millis(2200), millis(4800));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void deadline_givesUpWhenTheNextWaitWouldNotEndBeforeIt(RetryMode mode) {
    worker.on("GET", STATUS_PATH, stale());
    RetryTestClient client =
        client(worker.url())
            .retryPolicy(
                RetryPolicy.builder()
                    .initialBackoff(Duration.ofMillis(400))
                    .multiplier(2)
                    .jitter(0)
                    .deadline(Duration.ofSeconds(1))
                    .build());

    RebalanceInProgressException thrown =
        catchThrowableOfType(
            RebalanceInProgressException.class,
            () -> mode.run(client.transport(), calls.getConnectorStatus("src")));

    // waited 400 ms; the next wait (800 ms) does not end before the 600 ms left
    assertThat(client.waits()).containsExactly(millis(400));
    assertThat(thrown.attempts()).isEqualTo(2);
    assertThat(thrown).hasMessageContaining("(after 2 attempts)");
    assertThat(worker.count("GET", STATUS_PATH)).isEqualTo(2);
    assertThat(client.events(RetryEvent.Kind.EXHAUSTED))
        .singleElement()
        .satisfies(event -> assertThat(event.attempt()).isEqualTo(2));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void deadline_capsEachAttemptTimeoutByWhatIsLeftOfIt(RetryMode mode) {
    worker.on("GET", STATUS_PATH, stale(), stale(), ok());
    List<Duration> attemptTimeouts = new CopyOnWriteArrayList<>();
    RetryTestClient client =
        client(worker.url())
            .requestTimeout(Duration.ofSeconds(100))
            .retryPolicy(
                RetryPolicy.builder()
                    .initialBackoff(Duration.ofSeconds(6))
                    .multiplier(1)
                    .maxBackoff(Duration.ofSeconds(6))
                    .jitter(0)
                    .deadline(Duration.ofSeconds(20))
                    .build());
    client.okHttpClient(
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  attemptTimeouts.add(Duration.ofNanos(chain.call().timeout().timeoutNanos()));
                  client.time.advance(Duration.ofSeconds(1)); // each attempt takes 1 s
                  return chain.proceed(chain.request());
                })
            .build());

    mode.run(client.transport(), calls.getConnectorStatus("src"));

    // 20 s; then 20 - (1 + 6) = 13 s; then 13 - (1 + 6) = 6 s: never the 100 s request timeout
    assertThat(attemptTimeouts).containsExactly(seconds(20), seconds(13), seconds(6));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void retryAfterSeconds_replacesTheBackoffWithoutJitter(RetryMode mode) {
    worker.on("GET", STATUS_PATH, withRetryAfter(error(429, "Too Many Requests"), "3"), ok());
    RetryTestClient client = client(worker.url());
    BuilderAccess.testTiming(client, client.time, client.time, () -> 0.0);

    mode.run(client.transport(), calls.getConnectorStatus("src"));

    assertThat(client.waits()).containsExactly(seconds(3));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void retryAfterHttpDate_replacesTheBackoff(RetryMode mode) {
    String inSevenSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.ofInstant(RetryTestTime.START.plusSeconds(7), ZoneOffset.UTC));
    worker.on(
        "GET",
        STATUS_PATH,
        withRetryAfter(error(503, "Service Unavailable"), inSevenSeconds),
        ok());
    RetryTestClient client = client(worker.url());

    mode.run(client.transport(), calls.getConnectorStatus("src"));

    assertThat(client.waits()).containsExactly(seconds(7));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void retryAfterBeyondTheDeadline_givesUpAtOnceWithTheServersAnswer(RetryMode mode) {
    worker.on("GET", STATUS_PATH, withRetryAfter(error(429, "Too Many Requests"), "30"), ok());
    RetryTestClient client =
        client(worker.url())
            .retryPolicy(RetryPolicy.builder().deadline(Duration.ofSeconds(10)).build());

    ConnectServerException thrown =
        catchThrowableOfType(
            ConnectServerException.class,
            () -> mode.run(client.transport(), calls.getConnectorStatus("src")));

    assertThat(thrown.statusCode()).isEqualTo(429);
    assertThat(thrown.response().retryAfter()).isEqualTo(seconds(30));
    assertThat(client.waits()).isEmpty();
    assertThat(worker.count("GET", STATUS_PATH)).isEqualTo(1);
    assertThat(client.events(RetryEvent.Kind.EXHAUSTED)).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void retryAfter_isIgnoredWhenThePolicySaysSo(RetryMode mode) {
    worker.on("GET", STATUS_PATH, withRetryAfter(error(429, "Too Many Requests"), "30"), ok());
    RetryTestClient client =
        client(worker.url()).retryPolicy(RetryPolicy.builder().respectRetryAfter(false).build());

    mode.run(client.transport(), calls.getConnectorStatus("src"));

    assertThat(client.waits()).containsExactly(millis(250));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void maxAttempts_boundsTheCallWhenNoDeadlineIsSet(RetryMode mode) {
    worker.on("GET", STATUS_PATH, stale());
    RetryTestClient client =
        client(worker.url())
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(3)
                    .initialBackoff(Duration.ofMinutes(1))
                    .maxBackoff(Duration.ofMinutes(1))
                    .jitter(0)
                    .noDeadline()
                    .build());

    RebalanceInProgressException thrown =
        catchThrowableOfType(
            RebalanceInProgressException.class,
            () -> mode.run(client.transport(), calls.getConnectorStatus("src")));

    assertThat(thrown.attempts()).isEqualTo(3);
    assertThat(client.waits()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1));
  }

  private static MockResponse withRetryAfter(MockResponse response, String value) {
    return response.newBuilder().setHeader("Retry-After", value).build();
  }

  private static Duration millis(long millis) {
    return Duration.ofMillis(millis);
  }

  private static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }
}
