package io.github.connectclient;

import static io.github.connectclient.RequestAssertions.assertJsonBody;
import static io.github.connectclient.RequestAssertions.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How the client uses HTTP: one OkHttp client and its connection pool, a user's OkHttp client left
 * intact, headers and credentials, close, redirects, and response bodies always closed.
 */
class ClientTransportTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  private ConnectClient ownClient() {
    return ConnectClient.builder()
        .url(connect.server().url("/").toString())
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @Test
  void aClientOfItsOwn_sendsEveryCallOverOneConnection_soOneOkHttpClientAndEveryBodyClosed()
      throws Exception {
    connect.enqueue(Answers.captured("error-connector-not-found"));
    // synthetic: a body the void call ignores, then a status whose task id is malformed
    connect.enqueue(Answers.json(200, "{\"unexpected\":\"body\"}"));
    connect.enqueue(
        200,
        "{\"name\":\"src1\",\"connector\":{\"state\":\"RUNNING\"},\"tasks\":[{\"id\":\"zero\"}]}");
    connect.enqueue(Answers.empty(204));

    try (ConnectClient client = ownClient()) {
      client.getServerInfo();
      catchThrowable(() -> client.getConnector("nope"));
      client.pauseConnector("x");
      catchThrowable(() -> client.getConnectorStatus("src1"));
      client.deleteConnector("x");
    }

    for (int exchange = 0; exchange < 5; exchange++) {
      RecordedRequest request = connect.takeAnyRequest();
      assertThat(request.getConnectionIndex()).as("connection of request %s", exchange).isZero();
      assertThat(request.getExchangeIndex()).as("exchange on the connection").isEqualTo(exchange);
    }
  }

  @Test
  void aUserOkHttpClient_keepsItsInterceptors_andItsPoolIsUsed() throws Exception {
    OkHttpClient user =
        connect
            .okHttp()
            .newBuilder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain.request().newBuilder().header("X-Trace-Id", "t-42").build()))
            .build();
    ConnectClient client = connect.client(options -> options.okHttpClient(user));
    connect.enqueue(Answers.captured("connectors"));

    client.listConnectors();

    RecordedRequest request = assertSent(connect.takeRequest(), "GET", "/connectors");
    assertThat(request.getHeaders().get("X-Trace-Id")).isEqualTo("t-42");
    assertThat(user.connectionPool().connectionCount()).isEqualTo(1);
  }

  @Test
  void close_leavesAUserOkHttpClientsDispatcherAndPoolUsable() throws Exception {
    OkHttpClient user = connect.okHttp();
    ConnectClient client = connect.client(options -> options.okHttpClient(user));
    client.getServerInfo();

    client.close();

    assertThat(user.dispatcher().executorService().isShutdown()).isFalse();
    assertThat(user.connectionPool().connectionCount()).isEqualTo(1);
    try (Response response =
        user.newCall(new Request.Builder().url(connect.server().url("/")).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
  }

  @Test
  void callsAfterClose_failFastWithoutARequest() {
    ConnectClient client = ownClient();
    client.close();
    client.close();

    assertThatThrownBy(client::listConnectors)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(
            () -> client.awaitConnectorState("src1", State.RUNNING, Duration.ofSeconds(5)))
        .isExactlyInstanceOf(IllegalStateException.class);
    assertThat(connect.requestCount()).isZero();
  }

  @Test
  void asyncCallsAfterClose_failFastWithoutARequest() {
    connect.transport().close();

    Throwable thrown =
        catchThrowable(
            () -> connect.transport().executeAsync(connect.calls().listConnectors()).join());

    Throwable failure = thrown instanceof CompletionException ? thrown.getCause() : thrown;
    assertThat(failure)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(connect.requestCount()).isZero();
  }

  @Test
  void header_isSentWithEveryRequest() throws Exception {
    ConnectClient client = connect.client(options -> options.header("X-Team", "data-platform"));
    connect.enqueue(Answers.captured("connectors"));
    connect.enqueue(Answers.empty(202));

    client.listConnectors();
    client.pauseConnector("src1");

    assertThat(connect.takeRequest().getHeaders().get("X-Team")).isEqualTo("data-platform");
    assertThat(connect.takeRequest().getHeaders().get("X-Team")).isEqualTo("data-platform");
  }

  @Test
  void basicAuth_isSentPreemptively() throws Exception {
    ConnectClient client = connect.client(options -> options.basicAuth("connect-admin", "s3cret"));
    connect.enqueue(Answers.captured("health"));

    client.getHealth();

    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("connect-admin:s3cret".getBytes(StandardCharsets.UTF_8));
    assertThat(connect.takeRequest().getHeaders().get("Authorization")).isEqualTo(expected);
  }

  @Test
  void bearerToken_isAskedForBeforeEveryRequest() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    ConnectClient client =
        connect.client(options -> options.bearerToken(() -> "token-" + asked.incrementAndGet()));
    connect.enqueue(Answers.captured("connectors"));
    connect.enqueue(Answers.captured("connectors"));

    client.listConnectors();
    client.listConnectors();

    assertThat(connect.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(connect.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
    assertThat(asked).hasValue(2);
  }

  @Test
  void toString_namesTheWorkerButNoCredentials() {
    ConnectClient basic =
        connect.client(
            options ->
                options.basicAuth("connect-admin", "s3cret").header("X-Api-Key", "k3y-value"));
    ConnectClient bearer = connect.client(options -> options.bearerToken(() -> "t0ken-value"));
    String basicToken =
        Base64.getEncoder().encodeToString("connect-admin:s3cret".getBytes(StandardCharsets.UTF_8));

    assertThat(basic.toString())
        .contains(connect.server().url("/").host() + ":" + connect.server().getPort())
        .doesNotContain("s3cret", basicToken, "connect-admin", "k3y-value", "Basic");
    assertThat(bearer.toString()).doesNotContain("t0ken-value", "Bearer");
  }

  @Test
  void redirect302_isNotFollowed_andBecomesAnError() {
    connect.enqueue(
        new MockResponse.Builder()
            .code(302)
            .setHeader("Location", "/connectors/elsewhere")
            .build());

    Throwable thrown =
        catchThrowable(
            () -> connect.client().createConnector("x", Map.of("connector.class", "Src")));

    assertThat(thrown).isInstanceOf(ConnectServerException.class);
    assertThat(((ConnectServerException) thrown).statusCode()).isEqualTo(302);
    assertThat(connect.requestCount()).isEqualTo(1);
  }

  @Test
  void redirect301OfAGet_isNotFollowedEither() {
    connect.enqueue(
        new MockResponse.Builder().code(301).setHeader("Location", "/elsewhere").build());

    Throwable thrown = catchThrowable(() -> connect.client().getConnector("x"));

    assertThat(((ConnectServerException) thrown).statusCode()).isEqualTo(301);
    assertThat(connect.requestCount()).isEqualTo(1);
  }

  @Test
  void redirect307_isFollowed_keepingMethodAndBody() throws Exception {
    connect.enqueue(
        new MockResponse.Builder()
            .code(307)
            .setHeader("Location", "/moved/connectors/src1/config")
            .build());
    connect.enqueue(Answers.captured("connector-created"));

    ConfigUpdate update = connect.client().putConnectorConfig("src1", Map.of("tasks.max", "1"));

    assertThat(update.created()).isTrue();
    assertJsonBody(
        assertSent(connect.takeRequest(), "PUT", "/connectors/src1/config"),
        "{\"tasks.max\":\"1\"}");
    assertJsonBody(
        assertSent(connect.takeRequest(), "PUT", "/moved/connectors/src1/config"),
        "{\"tasks.max\":\"1\"}");
  }

  @Test
  void theLeakCheckOfThisSuite_seesAnUnclosedResponse() throws Exception {
    Response open =
        connect
            .okHttp()
            .newCall(new Request.Builder().url(connect.server().url("/")).build())
            .execute();
    try {
      assertThatThrownBy(connect::assertNoConnectionLeaked)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("a response body was not closed");
    } finally {
      open.close();
    }
  }

  @Test
  void manyCallsWithEveryKindOfAnswer_leaveNoConnectionBusy() {
    ConnectClient client = connect.client();
    for (int i = 0; i < 3; i++) {
      connect.enqueue(Answers.captured("task-status"));
      connect.enqueue(Answers.error(404, "Unknown task: src1-3")); // reference text, not captured
      connect.enqueue(Answers.capturedJettyPage("error-jetty-ambiguous-path"));
      connect.enqueue(Answers.json(200, "<html>not json</html>"));
      connect.enqueue(Answers.json(202, "{\"ignored\":true}"));
      TaskState task = client.getTaskStatus("src1", 0);
      assertThat(task.state()).isNotNull();
      assertThat(catchThrowable(() -> client.restartTask("src1", 3)))
          .isInstanceOf(ConnectServerException.class);
      assertThat(catchThrowable(() -> client.getConnector("a/b")))
          .isInstanceOf(ConnectServerException.class);
      assertThat(catchThrowable(() -> client.listConnectors())).isNotNull();
      client.resumeConnector("src1");
    }
    assertThat(connect.requestCount()).isEqualTo(15);
  }
}
