package io.github.connectclient.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.UnauthorizedException;
import io.github.connectclient.internal.config.TestSeams;
import io.github.connectclient.internal.endpoint.Calls;
import io.github.connectclient.internal.http.TestTransports;
import io.github.connectclient.internal.http.Transport;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Basic auth, bearer tokens asked per request, and extra headers: what goes on the wire, and that
 * none of it shows in logs, exception messages or {@code toString()}.
 */
class AuthenticationTest {

  private static final String NAMES = "[\"src\"]";

  private MockWebServer server;
  private ConnectClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  @Test
  void basicAuth_isSentPreemptivelyOnEveryRequest_asUtf8Base64() throws Exception {
    client = builder().basicAuth("ålice", "pä:ss w0rd").build();
    enqueueOk(2);

    client.listConnectors();
    client.listConnectors();

    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("ålice:pä:ss w0rd".getBytes(StandardCharsets.UTF_8));
    assertThat(take().getHeaders().get("Authorization")).isEqualTo(expected);
    assertThat(take().getHeaders().get("Authorization")).isEqualTo(expected);
  }

  @Test
  void basicAuth_refusesAUsernameWithAColon_withoutEchoingThePassword() {
    assertThatThrownBy(() -> ConnectClient.builder().basicAuth("a:b", "pw-7781"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("pw-7781");
  }

  @Test
  void bearerToken_isAskedBeforeEveryRequest_soARefreshedTokenIsUsedAtOnce() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    client = builder().bearerToken(() -> "token-" + asked.incrementAndGet()).build();
    enqueueOk(3);

    client.listConnectors();
    client.listConnectors();
    client.listConnectors();

    assertThat(List.of(auth(take()), auth(take()), auth(take())))
        .containsExactly("Bearer token-1", "Bearer token-2", "Bearer token-3");
  }

  @Test
  void bearerToken_isAskedAgainForEachRetryAttempt() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    client =
        TestSeams.noWaiting(builder())
            .retryPolicy(
                RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build())
            .bearerToken(() -> "t" + asked.incrementAndGet())
            .build();
    server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
    enqueueOk(1);

    client.listConnectors();

    assertThat(auth(take())).isEqualTo("Bearer t1");
    assertThat(auth(take())).isEqualTo("Bearer t2");
  }

  @Test
  void bearerToken_supplierThatThrowsOnARetry_failsTheAsyncCall_insteadOfLeavingItHanging()
      throws Exception {
    AtomicInteger asked = new AtomicInteger();
    Transport transport =
        new TestTransports()
            .url(server.url("/").toString())
            .retryPolicy(
                RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build())
            .bearerToken(
                () -> {
                  if (asked.incrementAndGet() > 1) {
                    throw new IllegalStateException("token service down");
                  }
                  return "t1";
                })
            .transport();
    server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
    try {
      CompletableFuture<List<String>> future = transport.executeAsync(new Calls().listConnectors());

      assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(IllegalStateException.class)
          .hasMessageContaining("token service down");
    } finally {
      transport.close();
    }
  }

  @Test
  void bearerToken_nullOrBlank_sendsNoAuthorizationHeader() throws Exception {
    List<String> tokens = java.util.Arrays.asList(null, " ", "real");
    AtomicInteger next = new AtomicInteger();
    client = builder().bearerToken(() -> tokens.get(next.getAndIncrement())).build();
    enqueueOk(3);

    client.listConnectors();
    client.listConnectors();
    client.listConnectors();

    assertThat(take().getHeaders().get("Authorization")).isNull();
    assertThat(take().getHeaders().get("Authorization")).isNull();
    assertThat(auth(take())).isEqualTo("Bearer real");
  }

  @Test
  void headers_areSentWithEveryRequest_andABadValueIsRefusedWithoutEchoingIt() throws Exception {
    client = builder().header("X-Api-Key", "key-value-0042").header("X-Tenant", "blue").build();
    enqueueOk(1);

    client.listConnectors();

    RecordedRequest request = take();
    assertThat(request.getHeaders().get("X-Api-Key")).isEqualTo("key-value-0042");
    assertThat(request.getHeaders().get("X-Tenant")).isEqualTo("blue");
    assertThatThrownBy(() -> ConnectClient.builder().header("X-Api-Key", "secret-9\r\nInjected: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret-9");
  }

  @Test
  void credentials_neverShowInLogsExceptionsOrToString_evenWhenTheServerRefusesThem() {
    try (CapturedLogs logs = CapturedLogs.capture()) {
      client =
          TestSeams.noWaiting(builder())
              .basicAuth("alice", "basic-pw-4417")
              .header("X-Api-Key", "header-secret-8823")
              .retryPolicy(
                  RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build())
              .build();
      server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
      server.enqueue(
          new MockResponse.Builder()
              .code(401)
              .addHeader("Content-Type", "application/json")
              .body("User cannot access the resource.")
              .build());

      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(client::listConnectors);

      assertThat(thrown).isInstanceOf(UnauthorizedException.class);
      String everything = String.join("\n", logs.lines()) + Secrets.describe(thrown) + client;
      assertThat(logs.lines()).as("DEBUG lines were captured").isNotEmpty();
      String basic =
          Base64.getEncoder()
              .encodeToString("alice:basic-pw-4417".getBytes(StandardCharsets.UTF_8));
      assertThat(everything)
          .doesNotContain("basic-pw-4417")
          .doesNotContain(basic)
          .doesNotContain("header-secret-8823");
    }
  }

  private ConnectClient.Builder builder() {
    return ConnectClient.builder().url(server.url("/").toString()).retryPolicy(RetryPolicy.none());
  }

  private void enqueueOk(int times) {
    for (int i = 0; i < times; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body(NAMES)
              .build());
    }
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the worker").isNotNull();
    return request;
  }

  private static String auth(RecordedRequest request) {
    return request.getHeaders().get("Authorization");
  }
}
