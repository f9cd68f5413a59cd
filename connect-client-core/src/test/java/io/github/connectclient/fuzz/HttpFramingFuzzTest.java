package io.github.connectclient.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.MalformedResponseException;
import io.github.connectclient.security.CapturedLogs;
import io.github.connectclient.security.NoDelayServerSockets;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile HTTP framing over real sockets (MockWebServer): bodies larger than {@code
 * maxResponseBytes} with and without a Content-Length, a Content-Length the body never reaches,
 * connections dropped mid-body, slow bodies past the request timeout, and a seeded mix of all of
 * them. Each call ends, within its timeout, in a value or a {@link ConnectClientException}, and no
 * connection is left leaked.
 */
class HttpFramingFuzzTest {

  private static final long LIMIT = 64 * 1024;
  private static final long SEED = Long.getLong("fuzz.seed", 0x5EC0_2026L);
  private static final String INFO = HostileResponseFuzzTest.INFO;

  private MockWebServer server;
  private OkHttpClient okHttp;
  private ConnectClient client;
  private final List<String> leaks = new ArrayList<>();
  private final Handler leakWatcher =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getMessage() != null && record.getMessage().contains("leaked")) {
            leaks.add(record.getMessage());
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void start() throws IOException {
    Logger.getLogger(OkHttpClient.class.getName()).addHandler(leakWatcher);
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.start(InetAddress.getLoopbackAddress(), 0);
    okHttp = new OkHttpClient.Builder().connectionPool(new ConnectionPool()).build();
    client =
        ConnectClient.builder()
            .url(server.url("/").toString())
            .okHttpClient(okHttp)
            .retryPolicy(RetryPolicy.none())
            .maxResponseBytes(LIMIT)
            .requestTimeout(Duration.ofSeconds(2))
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.close();
    Logger.getLogger(OkHttpClient.class.getName()).removeHandler(leakWatcher);
  }

  @Test
  void bodyLargerThanTheLimit_withContentLength_failsCleanly_withoutReadingIt() {
    server.enqueue(json(200).body(big(10 * LIMIT)).build());

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, client::listConnectors);

    assertThat(e).hasMessageContaining("more than the limit of " + LIMIT);
    assertThat(e.statusCode()).isEqualTo(200);
  }

  @Test
  void chunkedBodyLargerThanTheLimit_withoutContentLength_failsCleanlyAtTheLimit() {
    server.enqueue(json(200).chunkedBody(big(10 * LIMIT), 4096).build());

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, client::listConnectors);

    assertThat(e).hasMessageContaining("exceeds the limit of " + LIMIT + " bytes");
  }

  @Test
  void hugeErrorBody_isCutAndStillTyped() {
    server.enqueue(
        json(500)
            .chunkedBody("{\"error_code\":500,\"message\":\"" + "x".repeat(2_000_000) + "\"}", 8192)
            .build());

    ConnectServerException e =
        catchThrowableOfType(ConnectServerException.class, client::listConnectors);

    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.getMessage().length()).isLessThan(300_000);
  }

  @Test
  void contentLengthNeverReached_failsAsATransportError_notAHang() {
    server.enqueue(
        json(200)
            .body(INFO.substring(0, 40))
            .setHeader("Content-Length", INFO.length())
            .onResponseEnd(new SocketEffect.CloseSocket())
            .build());

    ConnectClientException e =
        catchThrowableOfType(ConnectClientException.class, () -> client.getConnector("src"));

    assertThat(e).isNotNull();
  }

  @Test
  void seededMix_ofFramingFaults_alwaysEndsInAValueOrATypedException() throws Exception {
    Random random = new Random(SEED);
    Map<String, Integer> outcomes = new TreeMap<>();
    List<Function<ConnectClient, Object>> calls =
        List.of(
            ConnectClient::listConnectors,
            c -> c.getConnector("src"),
            c -> c.getConnectorConfig("src"),
            c -> c.getConnectorStatus("src"),
            ConnectClient::listConnectorPlugins,
            c -> c.putConnectorConfig("src", Map.of("connector.class", "X")));
    int cases = 400;
    long started = System.nanoTime();
    try (CapturedLogs logs = CapturedLogs.capture()) {
      for (int i = 0; i < cases; i++) {
        server.enqueue(fault(random, i));
        Object outcome;
        try {
          outcome = calls.get(random.nextInt(calls.size())).apply(client);
        } catch (Throwable e) {
          outcome = e;
        }
        if (outcome instanceof Throwable thrown) {
          assertThat(thrown).as("case %d", i).isInstanceOf(ConnectClientException.class);
        }
        outcomes.merge(
            outcome instanceof Throwable t ? t.getClass().getSimpleName() : "value",
            1,
            Integer::sum);
        if (i % 100 == 0) {
          logs.clear();
        }
      }
    }
    System.out.printf(
        "framing fuzz: %d responses over real sockets in %d ms: %s%n",
        cases, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), outcomes);
    System.gc();
    assertThat(
            okHttp.connectionPool().connectionCount()
                - okHttp.connectionPool().idleConnectionCount())
        .as("connections still in use")
        .isZero();
    assertThat(leaks).isEmpty();
  }

  private MockResponse fault(Random random, int i) {
    String body = random.nextBoolean() ? INFO : "[\"a\",\"b\"]";
    return switch (random.nextInt(9)) {
      case 0 -> json(200).body(big(LIMIT + 1 + random.nextInt((int) LIMIT))).build();
      case 1 ->
          json(200)
              .chunkedBody(big(LIMIT + 1 + random.nextInt((int) LIMIT)), 1 + random.nextInt(9000))
              .build();
      case 2 -> json(200).chunkedBody(body, 1 + random.nextInt(7)).build();
      case 3 ->
          json(200)
              .body(body.substring(0, random.nextInt(body.length())))
              .setHeader("Content-Length", body.length())
              .onResponseEnd(new SocketEffect.CloseSocket())
              .build();
      case 4 ->
          json(200).body(body).onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
      case 5 ->
          json(200).body(body).onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
      case 6 -> json(random.nextBoolean() ? 500 : 409).chunkedBody(big(300_000), 4096).build();
      case 7 -> json(200).body(body).throttleBody(64, 1, TimeUnit.MILLISECONDS).build();
      default -> json(200).addHeaderLenient("X-Bad", "\u0001\u0002").body(body).build();
    };
  }

  private static MockResponse.Builder json(int status) {
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json");
  }

  private static Buffer big(long bytes) {
    Buffer buffer = new Buffer().writeUtf8("[");
    while (buffer.size() < bytes) {
      buffer
          .writeUtf8("\"connector-with-a-long-name-")
          .writeUtf8(Long.toString(buffer.size()))
          .writeUtf8("\",");
    }
    return buffer.writeUtf8("\"end\"]");
  }
}
