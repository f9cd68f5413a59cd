package io.github.connectclient.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.ServerInfo;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import kotlin.KotlinVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the application under Spring Boot's dependency management (3 and 4: the POMs in {@code
 * boot3} and {@code boot4} build these sources) against a stub worker (the JDK's HTTP server): the
 * client decodes {@code GET /}, OkHttp 5 runs on the Kotlin it needs, and the Micrometer binding
 * records the call.
 */
@SpringBootTest
class ConnectApplicationTest {

  private static final String SERVER_INFO =
      "{\"version\":\"4.3.1\",\"commit\":\"26b251a451ce941d\","
          + "\"kafka_cluster_id\":\"L6LDjIIVSMW3wv5xZQ6BhA\"}";

  private static final HttpServer WORKER = startWorker();

  @Autowired ConnectClient client;
  @Autowired MeterRegistry registry;

  @DynamicPropertySource
  static void workerUrl(DynamicPropertyRegistry properties) {
    properties.add("connect.url", () -> "http://127.0.0.1:" + WORKER.getAddress().getPort() + "/");
  }

  @AfterAll
  static void stopWorker() {
    WORKER.stop(0);
  }

  @Test
  void theClientDecodesTheWorkersAnswer_andMicrometerRecordsIt() {
    ServerInfo info = client.getServerInfo();

    assertThat(info.version()).isEqualTo("4.3.1");
    assertThat(info.kafkaClusterId()).isEqualTo("L6LDjIIVSMW3wv5xZQ6BhA");
    assertThat(
            registry
                .get("connect.client.requests")
                .tags("operation", "getServerInfo", "outcome", "SUCCESS", "status", "200")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void okHttp5RunsOnTheKotlinItWasBuiltWith() {
    assertThat(okhttp3.OkHttp.VERSION).startsWith("5.");
    assertThat(KotlinVersion.CURRENT.isAtLeast(2, 2))
        .as("kotlin-stdlib %s on the classpath; OkHttp 5 needs 2.2+", KotlinVersion.CURRENT)
        .isTrue();
  }

  private static HttpServer startWorker() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/",
          exchange -> {
            byte[] body = SERVER_INFO.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
