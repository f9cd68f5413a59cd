package io.github.connectclient;

import static io.github.connectclient.RequestAssertions.assertNoBody;
import static io.github.connectclient.RequestAssertions.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.Types;
import io.github.connectclient.errors.BadRequestException;
import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.MalformedResponseException;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.errors.RebalanceInProgressException;
import io.github.connectclient.errors.ServerErrorException;
import io.github.connectclient.internal.config.TestSeams;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.State;
import io.github.connectclient.testsupport.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The escape hatch, {@link ConnectClient#request(RawRequest)} (issue 12, point 8): the path as
 * segments each encoded as one, query and JSON body as given, and everything a typed call gets:
 * authentication, retries by method, failover, the size limit, typed errors, masked secrets.
 */
class RawRequestTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  private static final String SECRET = "pw-RAW-7777";

  @Test
  void get_sendsTheSegments_andAnswersStatusHeadersAndBody_decodableAsAModel() throws Exception {
    connect.enqueue(Answers.captured("connector-status"));

    RawResponse answer =
        connect.client().request(RawRequest.get("connectors", "fixture-source", "status"));

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/fixture-source/status"));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("content-type")).contains("application/json");
    assertThat(answer.headers()).containsKey("Content-Type");
    assertThat(answer.body()).isEqualTo(Fixtures.body("connector-status"));
    ConnectorStatus status = answer.as(ConnectorStatus.class);
    assertThat(status.name()).isEqualTo("fixture-source");
    assertThat(status.connector().state()).isEqualTo(State.RUNNING);
    assertThat(answer.request().segments())
        .containsExactly("connectors", "fixture-source", "status");
  }

  @Test
  void aHostileNameInASegment_isEncodedAsOneSegment_andTheQueryIsEncoded() throws Exception {
    connect.enqueue(Answers.json(200, "{}"));

    connect
        .client()
        .request(
            RawRequest.get("connectors", "a/b;c%d e?f#{x}/..", "tasks-config")
                .query("expand", "info")
                .query("x y", "1&2=3"));

    assertThat(connect.takeRequest().getTarget())
        .isEqualTo(
            "/connectors/a%2Fb%3Bc%25d%20e%3Ff%23%7Bx%7D%2F../tasks-config"
                + "?expand=info&x%20y=1%262%3D3");
  }

  @Test
  void noSegments_isTheRoot() {
    RawResponse answer = connect.client().request(RawRequest.get());

    assertThat(answer.as(io.github.connectclient.model.ServerInfo.class).version())
        .isEqualTo("4.3.1");
  }

  @Test
  void aBody_isSentAsItIs_asJson() throws Exception {
    connect.enqueue(Answers.empty(204));
    String json = "{\"tasks.max\" : 2.50, \"note\":\"\\u00e9\"}";

    RawResponse answer =
        connect.client().request(RawRequest.patch("connectors", "src", "config").body(json));

    RecordedRequest request = assertSent(connect.takeRequest(), "PATCH", "/connectors/src/config");
    assertThat(request.getBody().utf8()).isEqualTo(json);
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(answer.status()).isEqualTo(204);
    assertThat(answer.body()).isEmpty();
  }

  @Test
  void aPostWithoutBody_sendsAnEmptyOne() throws Exception {
    connect.enqueue(Answers.empty(204));

    connect.client().request(RawRequest.post("connectors", "src", "restart"));

    assertThat(assertSent(connect.takeRequest(), "POST", "/connectors/src/restart").getBodySize())
        .isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", ".."})
  void aSegmentThatHttpResolvesAway_isRefusedBeforeAnyRequest(String segment) {
    assertThatThrownBy(() -> connect.client().request(RawRequest.get("connectors", segment)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a path segment must not be empty, '.' or '..'");
    assertThat(connect.requestCount() + connect.rootRequestCount()).isZero();
  }

  @Test
  void aBodyThatIsNotJson_isRefusedBeforeAnyRequest() {
    assertThatThrownBy(
            () ->
                connect
                    .client()
                    .request(RawRequest.put("connectors", "x", "config").body("{\"a\":")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("body is not JSON: ");
    assertThat(connect.requestCount()).isZero();
  }

  @Test
  void badRequestsOfTheCaller_areRefusedWhenBuilt() {
    assertThatThrownBy(() -> RawRequest.get("connectors").body("{}"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a GET request has no body");
    assertThatThrownBy(() -> RawRequest.get("connectors", null))
        .isExactlyInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RawRequest("HEAD", List.of(), List.of(), null))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RawRequest.get("x").query(" ", "v"))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> connect.client().request(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("request == null");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "404, NotFoundException",
    "400, BadRequestException",
    "401, UnauthorizedException",
    "409, ConnectorAlreadyExistsException",
    "500, ServerErrorException"
  })
  void errorAnswers_areTheTypedExceptionsOfTheirMeaning(int status, String type) {
    String message =
        status == 409
            ? "Connector src already exists"
            : status == 404 ? "HTTP 404 Not Found" : "no";
    connect.enqueue(Answers.error(status, message));

    Throwable thrown =
        catchThrowable(() -> connect.client().request(RawRequest.post("connectors").body("{}")));

    assertThat(thrown.getClass().getSimpleName()).isEqualTo(type);
    assertThat(((ConnectServerException) thrown).path()).isEqualTo("/connectors");
  }

  @Test
  void a404_isAPlainNotFound_neverAConnectorNotFoundNorAVersionQuestion() {
    connect.enqueue(Answers.capturedRouterError("error-unknown-route"));

    Throwable thrown =
        catchThrowable(
            () -> connect.client().request(RawRequest.get("connectors", "src", "tasks-config")));

    assertThat(thrown)
        .isExactlyInstanceOf(NotFoundException.class)
        .isNotInstanceOf(ConnectorNotFoundException.class)
        .hasMessage("GET /connectors/src/tasks-config -> 404: HTTP 404 Not Found");
    assertThat(connect.rootRequestCount()).isZero();
  }

  @Test
  void anErrorEchoingTheBodysSecrets_isMasked() {
    connect.enqueue(
        Answers.error(
            400,
            "Connector config {connector.class=x, database.password="
                + SECRET
                + "} contains no connector type; Invalid value "
                + SECRET));

    Throwable thrown =
        catchThrowable(
            () ->
                connect
                    .client()
                    .request(
                        RawRequest.put("connectors", "x", "config")
                            .body(
                                "{\"connector.class\":\"x\",\"database.password\":\""
                                    + SECRET
                                    + "\"}")));

    assertThat(thrown).isExactlyInstanceOf(BadRequestException.class);
    assertThat(thrown.getMessage()).doesNotContain(SECRET).contains("[hidden]");
  }

  @Test
  void aDecodeFailureQuotingASecretTheRequestSent_isMasked() {
    connect.enqueue(Answers.json(200, "{\"name\":\"" + SECRET + "\",\"tasks\":7}"));

    RawResponse answer =
        connect
            .client()
            .request(
                RawRequest.put("connectors", "x", "config")
                    .body("{\"api.token\":\"" + SECRET + "\"}"));

    Throwable thrown = catchThrowable(() -> answer.as(ConnectorStatus.class));
    assertThat(thrown).isExactlyInstanceOf(MalformedResponseException.class);
    assertThat(thrown.getMessage()).startsWith("PUT /connectors/x/config -> 200");
    assertThat(answer.toString()).doesNotContain(SECRET);
    assertThat(answer.request().toString()).doesNotContain(SECRET).contains("body of");
  }

  @Test
  void as_ofABodyOfAnotherShape_isMalformed_withItsJsonPath() {
    connect.enqueue(Answers.json(200, "[{\"class\":\"X\",\"type\":\"source\",\"version\":1}]"));

    RawResponse answer = connect.client().request(RawRequest.get("connector-plugins"));

    assertThat(
            answer.<List<PluginInfo>>as(Types.newParameterizedType(List.class, PluginInfo.class)))
        .singleElement()
        .satisfies(plugin -> assertThat(plugin.version()).isEqualTo("1"));
    assertThatThrownBy(() -> answer.as(ConnectorStatus.class))
        .isExactlyInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("GET /connector-plugins -> 200: malformed response body");
  }

  @Test
  void aBodyOverTheSizeLimit_isMalformed() {
    ConnectClient client = connect.client(options -> options.maxResponseBytes(1024));
    connect.enqueue(Answers.json(200, "\"" + "x".repeat(4096) + "\""));

    assertThatThrownBy(() -> client.request(RawRequest.get("connectors")))
        .isExactlyInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("limit of 1024");
  }

  @Test
  void theClientsAuthenticationAndHeaders_areSent() throws Exception {
    ConnectClient client =
        connect.client(options -> options.basicAuth("user", "s3cret").header("X-Trace", "t-1"));
    connect.enqueue(Answers.json(200, "[]"));

    client.request(RawRequest.get("connectors"));

    RecordedRequest request = connect.takeRequest();
    assertThat(request.getHeaders().get("Authorization"))
        .isEqualTo("Basic " + Base64.getEncoder().encodeToString("user:s3cret".getBytes()));
    assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
  }

  // ------------------------------------------------------------ retries by method

  private ConnectClient retrying() {
    return connect.client(
        options -> TestSeams.noWaiting(options.retryPolicy(RetryPolicy.defaults())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "PATCH", "DELETE"})
  void aSafeOrIdempotentMethod_isRetriedAfterA503(String method) throws Exception {
    ConnectClient client = retrying();
    connect.enqueue(Answers.error(503, "Service Unavailable"));
    connect.enqueue(Answers.empty(204));

    RawRequest request = new RawRequest(method, List.of("connectors", "src", "x"), List.of(), null);
    assertThat(client.request(request).status()).isEqualTo(204);
    assertThat(connect.requestCount()).isEqualTo(2);
  }

  @Test
  void aPost_isNotRetriedAfterA503_theServerMayHaveAppliedIt() {
    ConnectClient client = retrying();
    connect.enqueue(Answers.error(503, "Service Unavailable"));
    connect.enqueue(Answers.empty(204));

    assertThatThrownBy(() -> client.request(RawRequest.post("connectors").body("{}")))
        .isExactlyInstanceOf(ServerErrorException.class);
    assertThat(connect.requestCount()).isEqualTo(1);
  }

  @Test
  void aPost_isRetriedAfterARebalance409_whichNoWorkerApplied() {
    ConnectClient client = retrying();
    connect.enqueue(
        Answers.error(
            409,
            "Cannot complete request momentarily due to stale configuration (typically caused by"
                + " a concurrent config change)"));
    connect.enqueue(Answers.json(201, "{}"));

    assertThat(client.request(RawRequest.post("connectors").body("{}")).status()).isEqualTo(201);
    assertThat(connect.requestCount()).isEqualTo(2);
  }

  @Test
  void aRebalanceThatOutlastsTheRetries_isTyped() {
    ConnectClient client =
        connect.client(
            options ->
                TestSeams.noWaiting(
                    options.retryPolicy(RetryPolicy.builder().maxAttempts(2).build())));
    MockResponse stale =
        Answers.error(
            409,
            "Cannot complete request because of a conflicting operation (e.g. worker rebalance)");
    connect.enqueue(stale);
    connect.enqueue(stale);

    assertThatThrownBy(() -> client.request(RawRequest.get("connectors")))
        .isExactlyInstanceOf(RebalanceInProgressException.class);
  }

  @Test
  void aWorkerThatRefusesConnections_failsOverToTheNext() throws Exception {
    String dead;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      dead = "http://127.0.0.1:" + socket.getLocalPort() + "/";
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    String live = connect.server().url("/").toString();
    ConnectClient client =
        connect.client(
            options ->
                TestSeams.noWaiting(
                    options.urls(List.of(dead, live)).retryPolicy(RetryPolicy.defaults())));
    connect.enqueue(Answers.json(200, "[\"src\"]"));

    RawResponse answer = client.request(RawRequest.get("connectors"));

    assertThat(answer.<List<String>>as(Types.newParameterizedType(List.class, String.class)))
        .containsExactly("src");
  }

  @Test
  void theResponse_isAValue() {
    RawResponse a = new RawResponse(200, Map.of("X", List.of("1")), "{}");
    RawResponse b = new RawResponse(200, Map.of("x", List.of("1")), "{}");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.header("X")).contains("1");
    assertThat(a.toString()).isEqualTo("RawResponse[status=200, headers=[x], body of 2 chars]");
    assertThat(new RawResponse(200, Map.of(), null).body()).isEmpty();
    assertThat(new RawResponse(200, Map.of(), "").header("x")).isEmpty();
  }
}
