package io.github.connectclient.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real client against a scripted worker, its meters read from a {@link SimpleMeterRegistry}. */
class MicrometerClientListenerTest {

  private static final String STATUS =
      "{\"name\":\"src\",\"connector\":{\"state\":\"RUNNING\",\"worker_id\":\"w:8083\"},"
          + "\"tasks\":[],\"type\":\"source\"}";
  private static final String STALE =
      "{\"error_code\":409,\"message\":\"Cannot complete request momentarily due to stale"
          + " configuration (typically caused by a concurrent config change)\"}";

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MockWebServer worker = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    worker.start();
  }

  @AfterEach
  void stop() {
    worker.close();
  }

  @Test
  void attempts_areTimedByOperationAndOutcome_andRetriesCounted() {
    worker.enqueue(json(409, STALE));
    worker.enqueue(json(200, STATUS));
    worker.enqueue(json(404, "{\"error_code\":404,\"message\":\"Connector gone not found\"}"));

    try (ConnectClient client = client(worker.url("/").toString())) {
      client.getConnectorStatus("src");
      catchThrowable(() -> client.getConnector("gone"));
    }

    assertThat(timer("getConnectorStatus", "CLIENT_ERROR", "409").count()).isEqualTo(1);
    assertThat(timer("getConnectorStatus", "SUCCESS", "200").count()).isEqualTo(1);
    assertThat(timer("getConnector", "CLIENT_ERROR", "404").count()).isEqualTo(1);
    assertThat(
            registry
                .get(MicrometerClientListener.ATTEMPTS)
                .tags("operation", "getConnector", "exception", "ConnectorNotFoundException")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(MicrometerClientListener.RETRIES)
                .tag("operation", "getConnectorStatus")
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(registry.find(MicrometerClientListener.FAILOVERS).counters()).isEmpty();
  }

  @Test
  void failover_isCountedWithTheWorkerThatFailed_andTheTransportFailureIsTimed() {
    String dead = deadUrl();
    worker.enqueue(json(200, STATUS));

    try (ConnectClient client = client(dead, worker.url("/").toString())) {
      client.getConnectorStatus("src");
    }

    assertThat(
            registry
                .get(MicrometerClientListener.FAILOVERS)
                .tags("operation", "getConnectorStatus", "worker", dead)
                .counter()
                .count())
        .isEqualTo(1.0);
    Timer refused =
        registry
            .get(MicrometerClientListener.ATTEMPTS)
            .tags("outcome", "IO_ERROR", "status", "NONE", "exception", "ConnectException")
            .timer();
    assertThat(refused.count()).isEqualTo(1);
    assertThat(timer("getConnectorStatus", "SUCCESS", "200").count()).isEqualTo(1);
  }

  @Test
  void commonTags_areOnEveryMeter_andNoTagHoldsTheConnectorName() {
    worker.enqueue(json(409, STALE));
    worker.enqueue(json(200, STATUS));

    try (ConnectClient client =
        ConnectClient.builder()
            .url(worker.url("/").toString())
            .retryPolicy(RetryPolicy.builder().jitter(0).initialBackoff(Duration.ZERO).build())
            .clientListener(new MicrometerClientListener(registry, Tags.of("cluster", "prod")))
            .build()) {
      client.getConnectorStatus("src");
    }

    assertThat(registry.getMeters()).isNotEmpty();
    for (Meter meter : registry.getMeters()) {
      assertThat(meter.getId().getTag("cluster")).isEqualTo("prod");
      assertThat(meter.getId().getTags()).noneMatch(tag -> tag.getValue().contains("src"));
    }
    assertThat(timer("getConnectorStatus", "SUCCESS", "200").totalTime(TimeUnit.NANOSECONDS))
        .isPositive();
  }

  private ConnectClient client(String... urls) {
    return ConnectClient.builder()
        .urls(java.util.List.of(urls))
        .retryPolicy(RetryPolicy.builder().jitter(0).initialBackoff(Duration.ZERO).build())
        .clientListener(new MicrometerClientListener(registry))
        .build();
  }

  private Timer timer(String operation, String outcome, String status) {
    return registry
        .get(MicrometerClientListener.ATTEMPTS)
        .tags("operation", operation, "outcome", outcome, "status", status)
        .timer();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static String deadUrl() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
