package io.github.connectclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.errors.BadRequestException;
import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.ConnectorAlreadyExistsException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.ForbiddenException;
import io.github.connectclient.errors.InvalidConfigException;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.errors.RebalanceInProgressException;
import io.github.connectclient.errors.RequestTimeoutException;
import io.github.connectclient.errors.ServerErrorException;
import io.github.connectclient.errors.UnauthorizedException;
import io.github.connectclient.errors.UnsupportedEndpointException;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.testsupport.Fixtures;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error answer of a Connect worker becomes the exception type for its meaning, with the
 * request line, status and server message in its message; on the sync path (the client method) and
 * the async path (the same call through {@code Transport.executeAsync}) alike. Answers the real
 * cluster gave are replayed from the captured {@link Fixtures}; the others (rebalances, auth,
 * timeouts, proxies, older workers: what the test cluster cannot be made to say on demand) are
 * verbatim from the API reference.
 */
class ErrorMappingTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  private static final Map<String, String> CONFIG =
      Map.of("connector.class", "io.example.JdbcSource");

  /** Not captured (the capture's invalid config has one error): the error list with two. */
  private static final String INVALID_CONFIG =
      "Connector configuration is invalid and contains the following 2 error(s):\n"
          + "Invalid value 0 for configuration tasks.max: Value must be at least 1\n"
          + "Missing required configuration \"file\" which has no default value.\n"
          + "You can also find the above list of errors at the endpoint "
          + "`/connector-plugins/{connectorType}/config/validate`";

  /** One error answer and what the client must make of it. */
  record ErrorCase(
      Operation operation,
      MockResponse answer,
      Class<? extends ConnectServerException> type,
      String method,
      String path,
      Integer errorCode,
      String serverMessage,
      Consumer<ConnectServerException> more) {

    ErrorCase and(Consumer<ConnectServerException> check) {
      return new ErrorCase(operation, answer, type, method, path, errorCode, serverMessage, check);
    }

    int status() {
      return answer.getCode();
    }
  }

  /** A JSON error body answered to {@code operation}. */
  private static ErrorCase json(
      Operation operation,
      String method,
      String path,
      int status,
      String message,
      Class<? extends ConnectServerException> type) {
    return new ErrorCase(
        operation, Answers.error(status, message), type, method, path, status, message, e -> {});
  }

  /** The captured error answer {@code fixture} to {@code operation}, with its captured message. */
  private static ErrorCase captured(
      Operation operation,
      String method,
      String path,
      String fixture,
      Class<? extends ConnectServerException> type) {
    int status = Fixtures.status(fixture);
    return new ErrorCase(
        operation,
        Answers.captured(fixture),
        type,
        method,
        path,
        status,
        Fixtures.text(fixture, "message"),
        e -> {});
  }

  /**
   * A non-JSON (or router) answer to {@code operation}, whose server message is {@code excerpt}.
   */
  private static ErrorCase raw(
      Operation operation,
      String method,
      String path,
      MockResponse answer,
      Integer errorCode,
      String excerpt,
      Class<? extends ConnectServerException> type) {
    return new ErrorCase(operation, answer, type, method, path, errorCode, excerpt, e -> {});
  }

  static List<ErrorCase> errorCases() {
    Operation create = Operation.of("createConnector", "x", CONFIG);
    return List.of(
        // 400
        json(
            create,
            "POST",
            "/connectors",
            400,
            "Connector name configuration (y) doesn't match connector name in the URL (x)",
            BadRequestException.class),
        captured(
            Operation.of(
                "alterConnectorOffsets",
                "fixture-source",
                ConnectorOffsets.of(ConnectorOffset.sink("t", 0, 5L))),
            "PATCH",
            "/connectors/fixture-source/offsets",
            "error-offsets-not-stopped",
            BadRequestException.class),
        captured(
                create, "POST", "/connectors", "error-invalid-config", InvalidConfigException.class)
            .and(
                e ->
                    assertThat(((InvalidConfigException) e).errors())
                        .containsExactly(
                            "Invalid value 0 for configuration tasks.max: Value must be at least 1")),
        json(create, "POST", "/connectors", 400, INVALID_CONFIG, InvalidConfigException.class)
            .and(
                e ->
                    assertThat(((InvalidConfigException) e).errors())
                        .containsExactly(
                            "Invalid value 0 for configuration tasks.max: Value must be at least 1",
                            "Missing required configuration \"file\" which has no default value.")),
        raw(
            Operation.of("getConnector", "a/b"),
            "GET",
            "/connectors/a%2Fb",
            Answers.capturedJettyPage("error-jetty-ambiguous-path"),
            null,
            "Error 400 Ambiguous URI path separator",
            BadRequestException.class),
        // 401, 403
        raw(
            Operation.of("listConnectors"),
            "GET",
            "/connectors",
            new MockResponse.Builder()
                .code(401)
                .setHeader("Content-Type", "application/json")
                .body("User cannot access the resource.")
                .build(),
            null,
            "User cannot access the resource.",
            UnauthorizedException.class),
        json(
            Operation.of("getConnectorTopics", "src1"),
            "GET",
            "/connectors/src1/topics",
            403,
            "Topic tracking is disabled.",
            ForbiddenException.class),
        json(
            Operation.of("resetConnectorTopics", "src1"),
            "PUT",
            "/connectors/src1/topics/reset",
            403,
            "Topic tracking reset is disabled.",
            ForbiddenException.class),
        // 404 about a connector
        captured(
                Operation.of("getConnector", "nope"),
                "GET",
                "/connectors/nope",
                "error-connector-not-found",
                ConnectorNotFoundException.class)
            .and(e -> assertConnector(e, "nope")),
        captured(
                Operation.of("getConnectorStatus", "nope"),
                "GET",
                "/connectors/nope/status",
                "error-no-status",
                ConnectorNotFoundException.class)
            .and(e -> assertConnector(e, "nope")),
        json(
                Operation.of("pauseConnector", "x"),
                "PUT",
                "/connectors/x/pause",
                404,
                "Unknown connector x",
                ConnectorNotFoundException.class)
            .and(e -> assertConnector(e, "x")),
        json(
                Operation.of("restartTask", "x", 3),
                "POST",
                "/connectors/x/tasks/3/restart",
                404,
                "Unknown connector: x",
                ConnectorNotFoundException.class)
            .and(e -> assertConnector(e, "x")),
        json(
                Operation.of("restartConnector", "x", RestartOptions.connectorAndTasks()),
                "POST",
                "/connectors/x/restart?includeTasks=true&onlyFailed=false",
                404,
                "Status for connector x not found",
                ConnectorNotFoundException.class)
            .and(e -> assertConnector(e, "x")),
        json(
                Operation.of("deleteConnector", "a b"),
                "DELETE",
                "/connectors/a%20b",
                404,
                "Connector a b not found",
                ConnectorNotFoundException.class)
            .and(e -> assertConnector(e, "a b")),
        // 404 about something else
        json(
            Operation.of("restartTask", "x", 3),
            "POST",
            "/connectors/x/tasks/3/restart",
            404,
            "Unknown task: x-3",
            NotFoundException.class),
        json(
            Operation.of("getTaskStatus", "x", 3),
            "GET",
            "/connectors/x/tasks/3/status",
            404,
            "No status found for task x-3",
            NotFoundException.class),
        json(
            Operation.of("getPluginConfig", "Nope"),
            "GET",
            "/connector-plugins/Nope/config",
            404,
            "Unknown plugin Nope.",
            NotFoundException.class),
        json(
            Operation.of("getLogger", "org.nope"),
            "GET",
            "/admin/loggers/org.nope",
            404,
            "Logger org.nope not found.",
            NotFoundException.class),
        captured(
            Operation.of("setLoggerLevel", "root", "LOUD"),
            "PUT",
            "/admin/loggers/root",
            "error-invalid-log-level",
            NotFoundException.class),
        // an empty 404: a worker's Jetty while the worker starts or stops (RollingRestartIT)
        raw(
            Operation.of("getConnector", "x"),
            "GET",
            "/connectors/x",
            Answers.empty(404),
            null,
            "",
            RebalanceInProgressException.class),
        raw(
            Operation.of("getHealth"),
            "GET",
            "/health",
            Answers.jettyPage(404, "Not Found"),
            null,
            "Error 404 Not Found",
            NotFoundException.class),
        // 409
        captured(
            Operation.of("createConnector", "fixture-source", CONFIG),
            "POST",
            "/connectors",
            "error-already-exists",
            ConnectorAlreadyExistsException.class),
        json(
            Operation.of("restartConnector", "x"),
            "POST",
            "/connectors/x/restart",
            409,
            "Cannot complete request momentarily due to stale configuration (typically caused by a concurrent "
                + "config change)",
            RebalanceInProgressException.class),
        json(
            Operation.of("putConnectorConfig", "x", CONFIG),
            "PUT",
            "/connectors/x/config",
            409,
            "Cannot complete request momentarily due to no known leader URL, likely because a rebalance was "
                + "underway.",
            RebalanceInProgressException.class),
        json(
            Operation.of("deleteConnector", "x"),
            "DELETE",
            "/connectors/x",
            409,
            "Cannot complete request because of a conflicting operation (e.g. worker rebalance)",
            RebalanceInProgressException.class),
        // 500
        json(
            Operation.of("getConnectorConfig", "x"),
            "GET",
            "/connectors/x/config",
            500,
            "Request cannot be completed because a rebalance is expected",
            RebalanceInProgressException.class),
        json(
            create,
            "POST",
            "/connectors",
            500,
            "IO Error trying to forward REST request: java.net.ConnectException: Connection refused",
            RebalanceInProgressException.class),
        json(
            Operation.of("stopConnector", "x"),
            "PUT",
            "/connectors/x/stop",
            500,
            "Failed to write to config topic; this may be due to a transient error and the request can be "
                + "safely retried",
            RebalanceInProgressException.class),
        json(
            Operation.of("putConnectorConfig", "x", CONFIG),
            "PUT",
            "/connectors/x/config",
            500,
            "Request timed out",
            RequestTimeoutException.class),
        json(
            Operation.of("getConnectorOffsets", "x"),
            "GET",
            "/connectors/x/offsets",
            500,
            "Request timed out. The worker is currently ensuring membership in the cluster.",
            RequestTimeoutException.class),
        captured(
            create, "POST", "/connectors", "error-malformed-request", ServerErrorException.class),
        json(
            create,
            "POST",
            "/connectors",
            500,
            "Failed to find any class that implements Connector and which name matches io.example.Nope, "
                + "available connectors are: PluginDesc{klass=class org.apache.kafka.connect.file."
                + "FileStreamSinkConnector, name='org.apache.kafka.connect.file.FileStreamSinkConnector'}",
            ServerErrorException.class),
        raw(
            Operation.of("getConnectorStatus", "x"),
            "GET",
            "/connectors/x/status",
            Answers.empty(500),
            null,
            "",
            ServerErrorException.class),
        raw(
            Operation.of("listConnectors"),
            "GET",
            "/connectors",
            new MockResponse.Builder()
                .code(502)
                .setHeader("Content-Type", "text/html")
                .body(
                    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                        + "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
                .build(),
            null,
            "502 Bad Gateway",
            ServerErrorException.class),
        // statuses with no more specific meaning
        raw(
            create,
            "POST",
            "/connectors",
            Answers.routerError(415, "HTTP 415 Unsupported Media Type"),
            415,
            "HTTP 415 Unsupported Media Type",
            ConnectServerException.class),
        raw(
            Operation.of("listConnectors"),
            "GET",
            "/connectors",
            Answers.routerError(406, "HTTP 406 Not Acceptable"),
            406,
            "HTTP 406 Not Acceptable",
            ConnectServerException.class));
  }

  static Stream<Arguments> errorCasesOnBothPaths() {
    return errorCases().stream()
        .flatMap(
            c ->
                Arrays.stream(Execution.values())
                    .map(
                        execution ->
                            Arguments.of(
                                execution,
                                Named.of(
                                    c.operation()
                                        + " <- "
                                        + c.status()
                                        + " "
                                        + c.serverMessage().lines().findFirst().orElse("(empty)")
                                        + " => "
                                        + c.type().getSimpleName(),
                                    c))));
  }

  private static void assertConnector(ConnectServerException e, String name) {
    assertThat(((ConnectorNotFoundException) e).connectorName()).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("errorCasesOnBothPaths")
  void errorAnswer_isThrownAsTheTypeOfItsMeaning_withRequestLineStatusAndMessage(
      Execution execution, ErrorCase c) {
    connect.enqueue(c.answer());

    Throwable thrown = catchThrowable(() -> execution.run(connect, c.operation()));

    assertThat(thrown).isExactlyInstanceOf(c.type());
    ConnectServerException e = (ConnectServerException) thrown;
    assertThat(e.statusCode()).isEqualTo(c.status());
    assertThat(e.errorCode()).isEqualTo(c.errorCode());
    assertThat(e.serverMessage()).isEqualTo(c.serverMessage());
    assertThat(e.method()).isEqualTo(c.method());
    assertThat(e.path()).isEqualTo(c.path());
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage())
        .startsWith(c.method() + " " + c.path() + " -> " + c.status())
        .contains(c.serverMessage());
    c.more().accept(e);
    assertThat(connect.requestCount()).as("requests sent").isEqualTo(1);
  }

  // ------------------------------------------------------------ endpoints a worker is too old for
  // The GET / bodies of older workers are older-version shapes written for these tests (the
  // capture is of 4.3.1). VersionGateTest has every gate; these are the error side of it.

  static Stream<Arguments> versionGatedEndpoints() {
    List<Arguments> gated =
        List.of(
            Arguments.of(Operation.of("getHealth"), "GET /health", "3.9.0"),
            Arguments.of(
                Operation.of("stopConnector", "src1"), "PUT /connectors/{connector}/stop", "3.5.0"),
            Arguments.of(
                Operation.of("getConnectorOffsets", "src1"),
                "GET /connectors/{connector}/offsets",
                "3.5.0"),
            Arguments.of(
                Operation.of("getConnectorTopics", "src1"),
                "GET /connectors/{connector}/topics",
                "2.5.0"),
            Arguments.of(
                Operation.of("getPluginConfig", "FileStreamSource"),
                "GET /connector-plugins/{plugin}/config",
                "3.2.0"),
            Arguments.of(
                Operation.of("patchConnectorConfig", "src1", Map.of("tasks.max", "2")),
                "PATCH /connectors/{connector}/config",
                "3.8.0"),
            Arguments.of(
                Operation.of(
                    "alterConnectorOffsets",
                    "src1",
                    ConnectorOffsets.of(ConnectorOffset.sink("t", 0, 5L))),
                "PATCH /connectors/{connector}/offsets",
                "3.6.0"),
            Arguments.of(
                Operation.of("resetConnectorOffsets", "src1"),
                "DELETE /connectors/{connector}/offsets",
                "3.6.0"));
    return Execution.onBothPaths(gated);
  }

  @ParameterizedTest(name = "{0} {1} needs {3}")
  @MethodSource("versionGatedEndpoints")
  void versionGatedEndpoint_onAnOlderWorker_isRefusedBeforeSending_namingBothVersions(
      Execution execution, Operation operation, String feature, String requiredVersion) {
    connect.workerVersion("2.4.1");

    Throwable thrown = catchThrowable(() -> execution.run(connect, operation));

    assertThat(thrown).isExactlyInstanceOf(UnsupportedEndpointException.class);
    UnsupportedEndpointException e = (UnsupportedEndpointException) thrown;
    assertThat(e.feature()).isEqualTo(feature);
    assertThat(e.requiredVersion()).isEqualTo(requiredVersion);
    assertThat(e.workerVersion()).isEqualTo("2.4.1");
    assertThat(e.workerApacheVersion()).isEqualTo("2.4");
    assertThat(e.sent()).isFalse();
    assertThat(e.statusCode()).isZero();
    assertThat(e.response().workerUrl()).isEqualTo(connect.server().url("/").toString());
    assertThat(e.getMessage())
        .startsWith(e.method() + " " + e.path() + " was not sent: ")
        .contains(feature + " needs Apache Kafka " + requiredVersion + " or newer")
        .endsWith("runs 2.4.1");
    assertThat(connect.requestCount()).as("requests besides GET /").isZero();
    assertThat(connect.rootRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Execution.class)
  void routerNotFound_fromAWorkerNewEnoughForTheEndpoint_isNotFound_notUnsupported(
      Execution execution) {
    // admin.listeners set to "" disables /admin/loggers on a worker of any version (reference §1.1)
    connect.enqueue(Answers.capturedRouterError("error-unknown-route"));

    Throwable thrown =
        catchThrowable(() -> execution.run(connect, Operation.of("getLogger", "root")));

    assertThat(thrown)
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage("GET /admin/loggers/root -> 404: HTTP 404 Not Found");
    assertThat(connect.rootRequestCount()).as("the version, asked once").isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Execution.class)
  void versionGate_onAConfluentPlatformWorker_comparesItsApacheRelease_andShowsBoth(
      Execution execution) {
    connect.workerVersion("7.8.0-ccs");

    Throwable thrown = catchThrowable(() -> execution.run(connect, Operation.of("getHealth")));

    assertThat(thrown)
        .isExactlyInstanceOf(UnsupportedEndpointException.class)
        .hasMessage(
            "GET /health was not sent: GET /health needs Apache Kafka 3.9.0 or newer, and the "
                + "worker at "
                + connect.server().url("/")
                + " runs 7.8.0-ccs, Apache Kafka 3.8");
    assertThat(((UnsupportedEndpointException) thrown).workerApacheVersion()).isEqualTo("3.8");
    assertThat(connect.requestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Execution.class)
  void theWorkersVersion_isAskedOnlyOnce(Execution execution) {
    connect.workerVersion("3.4.1");

    Throwable first =
        catchThrowable(() -> execution.run(connect, Operation.of("stopConnector", "src1")));
    Throwable second =
        catchThrowable(() -> execution.run(connect, Operation.of("getConnectorOffsets", "src1")));

    assertThat(((UnsupportedEndpointException) first).workerVersion()).isEqualTo("3.4.1");
    assertThat(((UnsupportedEndpointException) second).workerVersion()).isEqualTo("3.4.1");
    assertThat(connect.rootRequestCount()).isEqualTo(1);
    assertThat(connect.requestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Execution.class)
  void whenTheWorkersVersionCannotBeRead_theCallIsSent_andAnUnknownRouteSaysUnknownVersion(
      Execution execution) {
    connect.answerRoot(Answers.error(500, "Request timed out"));
    connect.enqueue(Answers.capturedRouterError("error-unknown-route"));

    Throwable thrown =
        catchThrowable(() -> execution.run(connect, Operation.of("stopConnector", "src1")));

    assertThat(thrown).isExactlyInstanceOf(UnsupportedEndpointException.class);
    UnsupportedEndpointException e = (UnsupportedEndpointException) thrown;
    assertThat(e.workerVersion()).isNull();
    assertThat(e.sent()).isTrue();
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(thrown.getMessage())
        .startsWith("PUT /connectors/src1/stop -> 404: HTTP 404 Not Found")
        .endsWith(
            "[PUT /connectors/{connector}/stop needs Apache Kafka 3.5.0 or newer; the worker runs "
                + "an unknown version]");
    assertThat(connect.requestCount()).as("the call was sent").isEqualTo(1);
    assertThat(connect.rootRequestCount()).as("asked before, and again to explain").isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Execution.class)
  void routerNotFoundOnAnEndpointEveryVersionHas_isNotFound_andDoesNotAskForTheVersion(
      Execution execution) {
    connect.enqueue(Answers.capturedRouterError("error-unknown-route"));

    Throwable thrown =
        catchThrowable(() -> execution.run(connect, Operation.of("getConnectorStatus", "src1")));

    assertThat(thrown).isExactlyInstanceOf(NotFoundException.class);
    assertThat(connect.requestCount()).isEqualTo(1);
    assertThat(connect.rootRequestCount()).isZero();
  }

  // ------------------------------------------------------------ secrets echoed by the server

  static Stream<Arguments> answersEchoingASecret() {
    Stream<Arguments> answers =
        Stream.of(
            Arguments.of(
                Operation.of("createConnector", "x", CONFIG),
                Answers.error(
                    400,
                    "Connector config {connector.class=x, database.password=s3cret} contains no connector type")),
            Arguments.of(
                Operation.of("validateConnectorConfig", "x", CONFIG),
                Answers.error(
                    500,
                    "org.apache.kafka.connect.runtime.rest.errors.BadRequestException: Connector config "
                        + "{connector.class=x, database.password=s3cret, sasl.jaas.config=org.apache.kafka.common.security."
                        + "plain.PlainLoginModule required username=\"u\" password=\"s3cret\";, topic=t} contains no "
                        + "connector type")));
    return answers.flatMap(
        args ->
            Arrays.stream(Execution.values())
                .map(execution -> Arguments.of(execution, args.get()[0], args.get()[1])));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("answersEchoingASecret")
  void errorMessageEchoingAConfig_masksSensitiveValues(
      Execution execution, Operation operation, MockResponse answer) {
    connect.enqueue(answer);

    Throwable thrown = catchThrowable(() -> execution.run(connect, operation));

    assertThat(thrown).isInstanceOf(ConnectServerException.class);
    ConnectServerException e = (ConnectServerException) thrown;
    assertThat(e.getMessage())
        .doesNotContain("s3cret")
        .contains("database.password=[hidden]")
        .contains("connector.class=x")
        .contains("contains no connector type");
    assertThat(e.serverMessage()).doesNotContain("s3cret");
    assertThat(e.toString()).doesNotContain("s3cret");
    assertThat(e.response().toString()).doesNotContain("s3cret");
  }

  // ------------------------------------------------------------ details

  @ParameterizedTest
  @EnumSource(Execution.class)
  void getHealth_whenA500CarriesConnectsErrorBodyRatherThanAHealthBody_throwsServerError(
      Execution execution) {
    connect.enqueue(Answers.error(500, "Illegal base64 character 21"));

    Throwable thrown = catchThrowable(() -> execution.run(connect, Operation.of("getHealth")));

    assertThat(thrown).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(((ServerErrorException) thrown).serverMessage())
        .isEqualTo("Illegal base64 character 21");
  }

  @ParameterizedTest
  @EnumSource(Execution.class)
  void getHealth_whenAGatewayAnswers503WithAPage_throwsServerError(Execution execution) {
    connect.enqueue(
        new MockResponse.Builder()
            .code(503)
            .setHeader("Content-Type", "text/html")
            .body(
                "<html><head><title>503 Service Temporarily Unavailable</title></head><body></body></html>")
            .build());

    Throwable thrown = catchThrowable(() -> execution.run(connect, Operation.of("getHealth")));

    assertThat(thrown).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(((ServerErrorException) thrown).serverMessage())
        .isEqualTo("503 Service Temporarily Unavailable");
  }

  @Test
  void asyncFailure_joined_isACompletionExceptionCausedByTheTypedException() {
    connect.enqueue(Answers.captured("error-connector-not-found"));

    Throwable thrown =
        catchThrowable(
            () -> connect.transport().executeAsync(connect.calls().getConnector("nope")).join());

    assertThat(thrown)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isExactlyInstanceOf(ConnectorNotFoundException.class)
        .hasMessage("GET /connectors/nope -> 404: Connector nope not found");
  }

  @Test
  void errorMessage_ofAnUnauthorizedAnswer_isReadable() {
    connect.enqueue(
        new MockResponse.Builder()
            .code(401)
            .setHeader("Content-Type", "application/json")
            .body("User cannot access the resource.")
            .build());

    Throwable thrown = catchThrowable(() -> connect.client().listConnectors());

    assertThat(thrown).hasMessage("GET /connectors -> 401: User cannot access the resource.");
  }

  @ParameterizedTest
  @EnumSource(Execution.class)
  void errorAnswer_withABodyOfSeveralMegabytes_isStillTyped_andItsConnectionFreed(
      Execution execution) {
    connect.enqueue(
        new MockResponse.Builder()
            .code(500)
            .setHeader("Content-Type", "application/json")
            .body(
                Answers.errorBody(500, "Failed to find any class: " + "p".repeat(3 * 1024 * 1024)))
            .build());

    Throwable thrown =
        catchThrowable(() -> execution.run(connect, Operation.of("createConnector", "x", CONFIG)));

    assertThat(thrown).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(((ServerErrorException) thrown).statusCode()).isEqualTo(500);
    assertThat(thrown.getMessage())
        .startsWith("POST /connectors -> 500: ")
        .hasSizeLessThan(1024 * 1024);
  }

  @Test
  void errorMessage_ofAVeryLongServerMessage_keepsItWhole() {
    String plugins = "x".repeat(5000);
    connect.enqueue(
        Answers.error(
            500, "Failed to find any class that implements Connector, available: " + plugins));

    Throwable thrown = catchThrowable(() -> connect.client().createConnector("x", CONFIG));

    assertThat(((ServerErrorException) thrown).serverMessage()).endsWith(plugins);
  }
}
