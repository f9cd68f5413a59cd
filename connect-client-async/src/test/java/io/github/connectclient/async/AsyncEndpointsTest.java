package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every async method sends the request its sync twin sends and decodes the answer to the same
 * value: one table ({@link EndpointCases}), each row run against both clients.
 */
class AsyncEndpointsTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private ConnectClient sync;
  private AsyncConnectClient async;

  @AfterEach
  void closeClients() {
    if (sync != null) {
      sync.close();
    }
    if (async != null) {
      async.close();
    }
  }

  static Stream<EndpointCase> cases() {
    return EndpointCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void asyncMethod_sendsTheSyncRequestAndDecodesTheSameResult(EndpointCase row) throws Exception {
    sync =
        ConnectClient.builder()
            .url(server.url("/").toString())
            .retryPolicy(RetryPolicy.none())
            .build();
    async =
        AsyncConnectClient.builder()
            .url(server.url("/").toString())
            .retryPolicy(RetryPolicy.none())
            .build();
    server.enqueue(row.response());
    server.enqueue(row.response());

    Object syncResult = row.invokeSync(sync);
    RecordedRequest syncRequest = server.takeRequest(5, TimeUnit.SECONDS);
    Object asyncResult = row.invokeAsync(async).get(5, TimeUnit.SECONDS);
    RecordedRequest asyncRequest = server.takeRequest(5, TimeUnit.SECONDS);

    assertThat(asyncRequest.getMethod()).isEqualTo(row.httpMethod);
    assertThat(asyncRequest.getTarget()).isEqualTo(row.target);
    if (row.requestJson != null) {
      assertThat(json(asyncRequest.getBody()))
          .isEqualTo(json(ByteString.encodeUtf8(row.requestJson)));
    }
    assertThat(asyncRequest.getTarget()).isEqualTo(syncRequest.getTarget());
    assertThat(asyncRequest.getBody()).isEqualTo(syncRequest.getBody());
    assertThat(asyncRequest.getHeaders().get("Content-Type"))
        .isEqualTo(syncRequest.getHeaders().get("Content-Type"));

    row.check.accept(asyncResult);
    if (row.sameResult) {
      assertThat(asyncResult).isEqualTo(syncResult);
    } else {
      row.check.accept(syncResult);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void afterClose_everyMethodThrowsIllegalStateWithoutSending(EndpointCase row) {
    async = AsyncConnectClient.builder().url(server.url("/").toString()).build();
    async.close();

    assertThatThrownBy(() -> row.invokeAsync(async))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theTable_coversEveryAsyncMethod() {
    assertThat(cases().map(EndpointCase::signature))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(AsyncConnectClient.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.getName().equals("close"))
                .map(EndpointCase::signatureOf)
                .toList());
  }

  private static Object json(ByteString body) throws IOException {
    assertThat(body).isNotNull();
    return new Moshi.Builder().build().adapter(Object.class).fromJson(body.utf8());
  }
}
