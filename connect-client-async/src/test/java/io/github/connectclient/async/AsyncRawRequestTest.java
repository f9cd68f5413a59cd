package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.RawRequest;
import io.github.connectclient.RawResponse;
import io.github.connectclient.errors.BadRequestException;
import io.github.connectclient.errors.NotFoundException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AsyncConnectClient#request(RawRequest)}: the escape hatch without blocking; error answers
 * fail the future with the typed exception, bad arguments throw at once.
 */
class AsyncRawRequestTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private AsyncConnectClient client;

  @BeforeEach
  void buildClient() {
    client = NoRetryClients.of(server);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void aHostileSegment_isOneSegment_andTheAnswerDecodes() throws Exception {
    server.enqueue(json(200, "[\"a\",\"b\"]"));

    RawResponse answer =
        client
            .request(RawRequest.get("connectors", "x/../y", "tasks-config"))
            .get(5, TimeUnit.SECONDS);

    assertThat(server.takeRequest().getTarget()).isEqualTo("/connectors/x%2F..%2Fy/tasks-config");
    assertThat(answer.as(List.class)).containsExactly("a", "b");
  }

  @Test
  void errorAnswers_failTheFutureWithTheTypedException() throws Exception {
    server.enqueue(json(404, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}"));
    server.enqueue(json(400, "{\"error_code\":400,\"message\":\"bad\"}"));

    assertThat(
            AsyncErrors.unwrap(client.request(RawRequest.get("connectors", "x", "tasks-config"))))
        .isExactlyInstanceOf(NotFoundException.class);
    assertThat(AsyncErrors.unwrap(client.request(RawRequest.post("connectors").body("{}"))))
        .isExactlyInstanceOf(BadRequestException.class);
  }

  @Test
  void aBadSegmentOrBody_throwsAtOnce_sendingNothing() {
    assertThatThrownBy(() -> client.request(RawRequest.get("connectors", "..")))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.request(RawRequest.put("connectors").body("nope")))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
