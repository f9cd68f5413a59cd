package io.github.connectclient.internal.http;

import static io.github.connectclient.Answers.error;
import static io.github.connectclient.Answers.json;
import static io.github.connectclient.internal.http.RetryAnswers.ALREADY_EXISTS;
import static io.github.connectclient.internal.http.RetryAnswers.CONFIG_TOPIC_WRITE;
import static io.github.connectclient.internal.http.RetryAnswers.CONFLICTING_OPERATION;
import static io.github.connectclient.internal.http.RetryAnswers.FORWARD_ERROR;
import static io.github.connectclient.internal.http.RetryAnswers.FORWARD_IO_ERROR;
import static io.github.connectclient.internal.http.RetryAnswers.FORWARD_IO_ERROR_AFTER_SENDING;
import static io.github.connectclient.internal.http.RetryAnswers.INVALID_CONFIG;
import static io.github.connectclient.internal.http.RetryAnswers.MALFORMED_JSON;
import static io.github.connectclient.internal.http.RetryAnswers.NAME_MISMATCH;
import static io.github.connectclient.internal.http.RetryAnswers.NOT_FOUND;
import static io.github.connectclient.internal.http.RetryAnswers.NO_LEADER_URL;
import static io.github.connectclient.internal.http.RetryAnswers.REBALANCE_EXPECTED;
import static io.github.connectclient.internal.http.RetryAnswers.REQUEST_INTERRUPTED;
import static io.github.connectclient.internal.http.RetryAnswers.REQUEST_TIMED_OUT;
import static io.github.connectclient.internal.http.RetryAnswers.REQUEST_TIMED_OUT_WITH_STAGE;
import static io.github.connectclient.internal.http.RetryAnswers.STALE_CONFIG;
import static io.github.connectclient.internal.http.RetryAnswers.STATUS;
import static io.github.connectclient.internal.http.RetryAnswers.dropped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.RetryEvent;
import io.github.connectclient.errors.BadRequestException;
import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.errors.ConnectorAlreadyExistsException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.CreateOutcomeUnknownException;
import io.github.connectclient.errors.ForbiddenException;
import io.github.connectclient.errors.InvalidConfigException;
import io.github.connectclient.errors.RequestTimeoutException;
import io.github.connectclient.errors.ServerErrorException;
import io.github.connectclient.errors.UnauthorizedException;
import io.github.connectclient.internal.endpoint.ApiCall;
import io.github.connectclient.internal.endpoint.Calls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retry classification, one test per row of docs/retries.md (issue 4, point 2), each run for
 * sync and async and for one endpoint of each retry class, with the real server texts of {@link
 * RetryAnswers} (matched by {@link ServerMessages}).
 */
class RetryClassificationTest extends RetryTestSetup {

  private static final String INFO =
      "{\"name\":\"src\",\"config\":{\"connector.class\":\"FileStreamSource\","
          + "\"name\":\"src\"},\"tasks\":[],\"type\":\"source\"}";

  /** One endpoint of each retry class, with its request and its success answer. */
  enum Target {
    SAFE("GET", "/connectors/src/status", 200, STATUS),
    IDEMPOTENT("PUT", "/connectors/src/config", 200, INFO),
    NON_IDEMPOTENT("POST", "/connectors", 201, INFO);

    final String method;
    final String path;
    final int okStatus;
    final String okBody;

    Target(String method, String path, int okStatus, String okBody) {
      this.method = method;
      this.path = path;
      this.okStatus = okStatus;
      this.okBody = okBody;
    }

    ApiCall<?> call(Calls calls) {
      Map<String, String> config = Map.of("connector.class", "FileStreamSource");
      return switch (this) {
        case SAFE -> calls.getConnectorStatus("src");
        case IDEMPOTENT -> calls.putConnectorConfig("src", config);
        case NON_IDEMPOTENT -> calls.createConnector("src", config);
      };
    }

    boolean repeatable() {
      return this != NON_IDEMPOTENT;
    }
  }

  static Stream<Arguments> everyTarget() {
    List<Arguments> all = new ArrayList<>();
    for (RetryMode mode : RetryMode.values()) {
      for (Target target : Target.values()) {
        all.add(Arguments.of(mode, target));
      }
    }
    return all.stream();
  }

  static Stream<Arguments> everyTargetWith(Object... values) {
    return everyTarget()
        .flatMap(
            pair ->
                Stream.of(values).map(value -> Arguments.of(pair.get()[0], pair.get()[1], value)));
  }

  static Stream<Arguments> gatewayStatuses() {
    return everyTargetWith(502, 503, 504);
  }

  static Stream<Arguments> cannotCompleteRequestTexts() {
    return everyTargetWith(STALE_CONFIG, NO_LEADER_URL, CONFLICTING_OPERATION);
  }

  static Stream<Arguments> forwardingAndConfigTopicTexts() {
    return everyTargetWith(
        FORWARD_IO_ERROR, FORWARD_IO_ERROR_AFTER_SENDING, FORWARD_ERROR, CONFIG_TOPIC_WRITE);
  }

  static Stream<Arguments> requestTimedOutTexts() {
    return everyTargetWith(REQUEST_TIMED_OUT, REQUEST_TIMED_OUT_WITH_STAGE);
  }

  static Stream<Arguments> clientErrors() {
    List<Arguments> all = new ArrayList<>();
    Object[][] rows = {
      {400, INVALID_CONFIG, InvalidConfigException.class},
      {400, NAME_MISMATCH, BadRequestException.class},
      {401, "User cannot access the resource.", UnauthorizedException.class},
      {403, "Topic tracking is disabled.", ForbiddenException.class},
      {404, NOT_FOUND, ConnectServerException.class},
    };
    everyTarget()
        .forEach(
            pair -> {
              for (Object[] row : rows) {
                all.add(Arguments.of(pair.get()[0], pair.get()[1], row[0], row[1], row[2]));
              }
            });
    return all.stream();
  }

  static Stream<Arguments> otherServerErrors() {
    return everyTargetWith(MALFORMED_JSON, REQUEST_INTERRUPTED);
  }

  // ---- the rows -------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyTarget")
  void connectionRefusedBeforeSending_isRetriedOnEveryEndpoint(RetryMode mode, Target target) {
    RetryTestWorker live = worker().on(target.method, target.path, ok(target));
    RetryTestClient client = client(deadUrl(), live.url());

    Object result = mode.run(client.transport(), target.call(calls));

    assertThat(result).isNotNull();
    assertThat(live.count(target.method, target.path)).isEqualTo(1);
    assertThat(client.events(RetryEvent.Kind.FAILOVER)).hasSize(1);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyTarget")
  void ioFailureAfterSending_isRetriedOnlyOnSafeAndIdempotentEndpoints(
      RetryMode mode, Target target) {
    RetryTestWorker worker = worker().on(target.method, target.path, dropped(), ok(target));
    worker.on("GET", "/connectors/src", error(404, NOT_FOUND));

    assertRetriedOnlyWhenRepeatable(mode, target, worker, ConnectTransportException.class);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("gatewayStatuses")
  void gatewayStatus502_503_504_isRetriedOnlyOnSafeAndIdempotentEndpoints(
      RetryMode mode, Target target, int status) {
    MockResponse gateway =
        new MockResponse.Builder()
            .code(status)
            .setHeader("Content-Type", "text/html")
            .body("<html><head><title>" + status + " from the gateway</title></head></html>")
            .build();
    RetryTestWorker worker = worker().on(target.method, target.path, gateway, ok(target));
    worker.on("GET", "/connectors/src", error(404, NOT_FOUND));

    assertRetriedOnlyWhenRepeatable(mode, target, worker, ServerErrorException.class);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyTarget")
  void tooManyRequests429_isRetriedOnlyOnSafeAndIdempotentEndpoints(RetryMode mode, Target target) {
    RetryTestWorker worker =
        worker().on(target.method, target.path, error(429, "Too Many Requests"), ok(target));
    if (target.repeatable()) {
      assertRetried(mode, target, worker);
      return;
    }
    RetryTestClient client = client(worker.url());

    // a 429 was refused before anything was applied: no settling read, the error as it is
    assertThatThrownBy(() -> mode.run(client.transport(), target.call(calls)))
        .isExactlyInstanceOf(ConnectServerException.class)
        .hasMessageContaining("-> 429");
    assertNotRetried(target, worker, client);
    assertThat(worker.count("GET", "/connectors/src")).isZero();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cannotCompleteRequestTexts")
  void conflict409CannotCompleteRequest_isRetriedOnEveryEndpoint(
      RetryMode mode, Target target, String message) {
    RetryTestWorker worker =
        worker().on(target.method, target.path, error(409, message), ok(target));

    assertRetried(mode, target, worker);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyTarget")
  void rebalanceExpected500_isRetriedOnEveryEndpoint(RetryMode mode, Target target) {
    RetryTestWorker worker =
        worker().on(target.method, target.path, error(500, REBALANCE_EXPECTED), ok(target));

    assertRetried(mode, target, worker);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("forwardingAndConfigTopicTexts")
  void forwardingOrConfigTopicFailure500_isRetriedOnEveryEndpoint(
      RetryMode mode, Target target, String message) {
    RetryTestWorker worker =
        worker().on(target.method, target.path, error(500, message), ok(target));

    assertRetried(mode, target, worker);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("requestTimedOutTexts")
  void requestTimedOut500_isRetriedOnlyOnSafeAndIdempotentEndpoints(
      RetryMode mode, Target target, String message) {
    RetryTestWorker worker =
        worker().on(target.method, target.path, error(500, message), ok(target));
    worker.on("GET", "/connectors/src", error(404, NOT_FOUND));

    assertRetriedOnlyWhenRepeatable(mode, target, worker, RequestTimeoutException.class);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyTarget")
  void alreadyExists409_isNeverRetried(RetryMode mode, Target target) {
    RetryTestWorker worker =
        worker().on(target.method, target.path, error(409, ALREADY_EXISTS), ok(target));
    RetryTestClient client = client(worker.url());

    Throwable thrown = catchThrowable(() -> mode.run(client.transport(), target.call(calls)));

    assertThat(thrown)
        .isInstanceOf(ConnectorAlreadyExistsException.class)
        .hasMessageContaining(ALREADY_EXISTS);
    assertNotRetried(target, worker, client);
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}")
  @MethodSource("clientErrors")
  void clientErrors400_401_403_404_areNeverRetried(
      RetryMode mode, Target target, int status, String message, Class<? extends Throwable> type) {
    RetryTestWorker worker =
        worker()
            .on(
                target.method,
                target.path,
                status == 401 ? plain(status, message) : error(status, message),
                ok(target));
    RetryTestClient client = client(worker.url());

    Throwable thrown = catchThrowable(() -> mode.run(client.transport(), target.call(calls)));

    assertThat(thrown).isInstanceOf(type).hasMessageContaining(" -> " + status);
    if (status == 404 && target != Target.NON_IDEMPOTENT) {
      assertThat(thrown).isInstanceOf(ConnectorNotFoundException.class);
    }
    assertNotRetried(target, worker, client);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("otherServerErrors")
  void otherServerErrors500_areNeverRetried(RetryMode mode, Target target, String message) {
    RetryTestWorker worker =
        worker().on(target.method, target.path, error(500, message), ok(target));
    RetryTestClient client = client(worker.url());

    assertThatThrownBy(() -> mode.run(client.transport(), target.call(calls)))
        .isExactlyInstanceOf(ServerErrorException.class)
        .hasMessageContaining(message);
    assertNotRetried(target, worker, client);
  }

  // ---- helpers --------------------------------------------------------------------------------

  private void assertRetried(RetryMode mode, Target target, RetryTestWorker worker) {
    RetryTestClient client = client(worker.url());

    Object result = mode.run(client.transport(), target.call(calls));

    assertThat(result).isNotNull();
    assertThat(worker.count(target.method, target.path)).isEqualTo(2);
    assertThat(client.events(RetryEvent.Kind.RETRY)).hasSize(1);
  }

  private void assertRetriedOnlyWhenRepeatable(
      RetryMode mode, Target target, RetryTestWorker worker, Class<? extends Throwable> failure) {
    if (target.repeatable()) {
      assertRetried(mode, target, worker);
      return;
    }
    RetryTestClient client = client(worker.url());

    Throwable thrown = catchThrowable(() -> mode.run(client.transport(), target.call(calls)));

    // a create that may have been applied is settled by a read, never sent again
    assertThat(thrown).isInstanceOf(CreateOutcomeUnknownException.class);
    assertThat(((CreateOutcomeUnknownException) thrown).existence())
        .isEqualTo(CreateOutcomeUnknownException.Existence.ABSENT);
    assertThat(thrown.getCause()).isInstanceOf(failure);
    assertNotRetried(target, worker, client);
  }

  private void assertNotRetried(Target target, RetryTestWorker worker, RetryTestClient client) {
    assertThat(worker.count(target.method, target.path)).isEqualTo(1);
    assertThat(client.events)
        .noneMatch(
            e ->
                e.operation().equals(target.call(calls).endpoint().operation())
                    && e.kind() != RetryEvent.Kind.EXHAUSTED);
    assertThat(client.waits()).isEmpty();
  }

  private static MockResponse ok(Target target) {
    return json(target.okStatus, target.okBody);
  }

  private static MockResponse plain(int status, String text) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(text)
        .build();
  }
}
