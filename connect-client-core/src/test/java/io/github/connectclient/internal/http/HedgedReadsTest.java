package io.github.connectclient.internal.http;

import static io.github.connectclient.Answers.json;
import static io.github.connectclient.internal.http.RetryAnswers.INFO;
import static io.github.connectclient.internal.http.RetryAnswers.STATUS;
import static io.github.connectclient.internal.http.RetryAnswers.STATUS_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.internal.config.BuilderAccess;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hedged reads ({@code hedgeReads(after)}, off by default): when the first attempt of a read has no
 * answer after {@code after}, a second goes to another worker and the first answer wins. Writes are
 * never hedged. Sync and async; the hedge waits on a real scheduler (the retry tests' fake one runs
 * every wait at once), the stalls are 10 s against a hedge after 100 ms.
 */
class HedgedReadsTest extends RetryTestSetup {

  private static final Duration AFTER = Duration.ofMillis(100);
  private final ScheduledExecutorService realTime = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopTheScheduler() {
    realTime.shutdownNow();
  }

  @Test
  void hedging_isOffByDefault() {
    assertThat(BuilderAccess.config(client(deadUrl()), null).timeouts().hedgeReadsAfter()).isNull();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aReadAHungWorkerDoesNotAnswer_isAnsweredByTheOtherWorker_afterTheHedgeDelay(RetryMode mode) {
    RetryTestWorker hung = worker().on("GET", STATUS_PATH, stalled(json(200, STATUS)));
    RetryTestWorker healthy = worker().on("GET", STATUS_PATH, json(200, STATUS));
    RetryTestClient client =
        client(hung.url(), healthy.url())
            .readTimeout(Duration.ofSeconds(20))
            .hedgeReads(AFTER)
            .scheduler(realTime);

    long started = System.nanoTime();
    mode.run(client.transport(), calls.getConnectorStatus("src"));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(took).isGreaterThanOrEqualTo(AFTER).isLessThan(Duration.ofSeconds(8));
    assertThat(hung.count("GET", STATUS_PATH)).isEqualTo(1);
    assertThat(healthy.count("GET", STATUS_PATH)).isEqualTo(1);
    assertThat(client.events).isEmpty(); // nothing failed: no retry, no failover
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aWrite_isNeverHedged(RetryMode mode) {
    String path = "/connectors/src/config";
    RetryTestWorker slow =
        worker()
            .on(
                "PUT",
                path,
                json(200, INFO).newBuilder().headersDelay(1, TimeUnit.SECONDS).build());
    RetryTestWorker other = worker().on("PUT", path, json(200, INFO));
    RetryTestClient client = client(slow.url(), other.url()).hedgeReads(AFTER).scheduler(realTime);

    mode.run(client.transport(), calls.putConnectorConfig("src", Map.of("connector.class", "X")));

    assertThat(slow.count("PUT", path)).isEqualTo(1);
    assertThat(other.count("PUT", path)).isZero();
  }

  private static MockResponse stalled(MockResponse answer) {
    return answer.newBuilder().headersDelay(10, TimeUnit.SECONDS).build();
  }
}
