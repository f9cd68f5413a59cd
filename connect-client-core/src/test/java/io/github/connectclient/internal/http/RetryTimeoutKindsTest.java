package io.github.connectclient.internal.http;

import static io.github.connectclient.Answers.json;
import static io.github.connectclient.internal.http.RetryAnswers.INFO;
import static io.github.connectclient.internal.http.RetryAnswers.STATUS;
import static io.github.connectclient.internal.http.RetryAnswers.STATUS_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.ClientBuilder;
import io.github.connectclient.RetryEvent;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.internal.config.BuilderAccess;
import io.github.connectclient.internal.config.Timeouts;
import io.github.connectclient.internal.endpoint.Endpoint;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.internal.endpoint.TimeoutKind;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Timeouts by kind of call (docs/retries.md): a read gets the read timeout, a write the write
 * timeout, a config validation the validation timeout; {@code requestTimeout} sets all three. A
 * read that a hung worker does not answer costs the read timeout, then fails over to the next
 * worker, and the hung worker cools down. Each rule runs for the sync and the async face. The
 * stalls are real (MockWebServer delays its answer by a second); the timeouts around them are
 * either far shorter or far longer, so no test depends on a close race.
 */
class RetryTimeoutKindsTest extends RetryTestSetup {

  private static final Duration SHORT = Duration.ofMillis(200);
  private static final Duration LONG = Duration.ofSeconds(20);
  private static final Map<String, String> CONFIG = Map.of("connector.class", "X");
  private static final String VALIDATE_PATH = "/connector-plugins/X/config/validate";
  private static final String VALIDATION =
      "{\"name\":\"X\",\"error_count\":0,\"groups\":[],\"configs\":[]}";

  @Test
  void endpoints_carryTheirTimeoutKind_asData() {
    for (Endpoint<?> endpoint : Endpoints.ALL) {
      TimeoutKind expected =
          endpoint == Endpoints.VALIDATE_CONNECTOR_CONFIG
              ? TimeoutKind.VALIDATE
              : endpoint.method().equals("GET") ? TimeoutKind.READ : TimeoutKind.WRITE;
      assertThat(endpoint.timeoutKind()).as(endpoint.toString()).isEqualTo(expected);
    }
  }

  @Test
  void defaults_readIs15Seconds_writeAndValidationAre100() {
    Timeouts timeouts = BuilderAccess.config(client(deadUrl()), null).timeouts();

    assertThat(timeouts.read()).isEqualTo(ClientBuilder.DEFAULT_READ_TIMEOUT).hasSeconds(15);
    assertThat(timeouts.write()).isEqualTo(ClientBuilder.DEFAULT_WRITE_TIMEOUT).hasSeconds(100);
    assertThat(timeouts.validate()).isEqualTo(ClientBuilder.DEFAULT_VALIDATION_TIMEOUT);
    assertThat(timeouts.longest()).hasSeconds(100);
  }

  @Test
  void requestTimeout_setsEveryKind_andALaterKindSetterOverridesItsKind() {
    Timeouts timeouts =
        BuilderAccess.config(client(deadUrl()).requestTimeout(SHORT).writeTimeout(LONG), null)
            .timeouts();

    assertThat(timeouts.read()).isEqualTo(SHORT);
    assertThat(timeouts.validate()).isEqualTo(SHORT);
    assertThat(timeouts.write()).isEqualTo(LONG);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aRead_thatAHungWorkerDoesNotAnswer_failsOverAfterTheReadTimeout_andTheWorkerCoolsDown(
      RetryMode mode) {
    RetryTestWorker hung = worker().on("GET", STATUS_PATH, stalled(json(200, STATUS), 10));
    RetryTestWorker healthy = worker().on("GET", STATUS_PATH, json(200, STATUS));
    RetryTestClient client = client(hung.url(), healthy.url()).readTimeout(SHORT);
    Transport transport = client.transport();

    long started = System.nanoTime();
    mode.run(transport, calls.getConnectorStatus("src"));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    mode.run(transport, calls.getConnectorStatus("src"));

    assertThat(took).isLessThan(Duration.ofSeconds(8)); // the stall is 10 s
    assertThat(hung.count("GET", STATUS_PATH)).isEqualTo(1);
    assertThat(healthy.count("GET", STATUS_PATH)).isEqualTo(2);
    assertThat(client.events(RetryEvent.Kind.FAILOVER))
        .singleElement()
        .satisfies(event -> assertThat(event.nextWorkerUrl()).isEqualTo(healthy.url()));
    assertThat(client.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aRead_slowerThanTheReadTimeout_timesOut_evenWhenWritesMayTakeLong(RetryMode mode) {
    RetryTestWorker worker = worker().on("GET", STATUS_PATH, stalled(json(200, STATUS), 1));
    RetryTestClient client =
        client(worker.url()).readTimeout(SHORT).writeTimeout(LONG).retryPolicy(RetryPolicy.none());

    assertTimesOut(() -> mode.run(client.transport(), calls.getConnectorStatus("src")));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aWrite_getsTheWriteTimeout_notTheReadTimeout(RetryMode mode) {
    String path = "/connectors/src/config";
    RetryTestWorker worker = worker().on("PUT", path, stalled(json(200, INFO), 1));
    RetryTestClient client = client(worker.url()).readTimeout(SHORT).writeTimeout(LONG);

    mode.run(client.transport(), calls.putConnectorConfig("src", CONFIG));

    assertThat(worker.count("PUT", path)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aWrite_slowerThanTheWriteTimeout_timesOut(RetryMode mode) {
    String path = "/connectors/src/config";
    RetryTestWorker worker = worker().on("PUT", path, stalled(json(200, INFO), 1));
    RetryTestClient client =
        client(worker.url()).readTimeout(LONG).writeTimeout(SHORT).retryPolicy(RetryPolicy.none());

    assertTimesOut(() -> mode.run(client.transport(), calls.putConnectorConfig("src", CONFIG)));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aValidation_getsTheValidationTimeout_neitherTheReadNorTheWriteTimeout(RetryMode mode) {
    RetryTestWorker worker = worker().on("PUT", VALIDATE_PATH, stalled(json(200, VALIDATION), 1));
    RetryTestClient client =
        client(worker.url()).readTimeout(SHORT).writeTimeout(SHORT).validationTimeout(LONG);

    mode.run(client.transport(), calls.validateConnectorConfig("X", CONFIG));

    assertThat(worker.count("PUT", VALIDATE_PATH)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void aValidation_slowerThanTheValidationTimeout_timesOut(RetryMode mode) {
    RetryTestWorker worker = worker().on("PUT", VALIDATE_PATH, stalled(json(200, VALIDATION), 1));
    RetryTestClient client =
        client(worker.url())
            .readTimeout(LONG)
            .writeTimeout(LONG)
            .validationTimeout(SHORT)
            .retryPolicy(RetryPolicy.none());

    assertTimesOut(() -> mode.run(client.transport(), calls.validateConnectorConfig("X", CONFIG)));
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void requestTimeout_stillBoundsEveryKind(RetryMode mode) {
    String path = "/connectors/src/config";
    RetryTestWorker worker = worker().on("GET", STATUS_PATH, stalled(json(200, STATUS), 1));
    worker.on("PUT", path, stalled(json(200, INFO), 1));
    RetryTestClient client =
        client(worker.url()).requestTimeout(SHORT).retryPolicy(RetryPolicy.none());
    Transport transport = client.transport();

    assertTimesOut(() -> mode.run(transport, calls.getConnectorStatus("src")));
    assertTimesOut(() -> mode.run(transport, calls.putConnectorConfig("src", CONFIG)));
  }

  /** Asserts that {@code call} ends in a transport failure caused by the attempt timeout. */
  private static void assertTimesOut(ThrowingCallable call) {
    assertThat(catchThrowableOfType(ConnectTransportException.class, call))
        .hasCauseInstanceOf(InterruptedIOException.class);
  }

  private static MockResponse stalled(MockResponse answer, int seconds) {
    return answer.newBuilder().headersDelay(seconds, TimeUnit.SECONDS).build();
  }
}
