package io.github.connectclient.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectServerException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP proxy option: requests go through the proxy, which may ask for credentials (407). */
class ProxyTest {

  private static final String WORKER = "http://connect-worker.invalid:8083";

  private MockWebServer proxy;

  @BeforeEach
  void start() throws IOException {
    proxy = new MockWebServer();
    proxy.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    proxy.close();
  }

  @Test
  void proxyHostAndPort_routesEveryRequestThroughTheProxy() throws Exception {
    proxy.enqueue(json("[]"));
    try (ConnectClient client =
        ConnectClient.builder()
            .url(WORKER)
            .proxy("127.0.0.1", proxy.getPort())
            .retryPolicy(RetryPolicy.none())
            .build()) {
      client.listConnectors();
    }
    RecordedRequest request = proxy.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getRequestLine()).isEqualTo("GET " + WORKER + "/connectors HTTP/1.1");
  }

  @Test
  void proxyBasicAuth_answersTheProxys407_andIsNeverShown() throws Exception {
    proxy.enqueue(
        new MockResponse.Builder()
            .code(407)
            .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
            .build());
    proxy.enqueue(json("[]"));
    try (ConnectClient client =
        ConnectClient.builder()
            .url(WORKER)
            .proxy(proxy.getProxyAddress())
            .proxyBasicAuth("proxy-user", "proxy-pw-6610")
            .retryPolicy(RetryPolicy.none())
            .build()) {
      client.listConnectors();
      assertThat(client.toString()).doesNotContain("proxy-pw-6610");
    }
    assertThat(proxy.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Proxy-Authorization"))
        .isNull();
    assertThat(proxy.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Proxy-Authorization"))
        .isEqualTo(Credentials.basic("proxy-user", "proxy-pw-6610"));
  }

  @Test
  void refusedProxyCredentials_areNotRetriedForever_butThrownAs407() {
    for (int i = 0; i < 3; i++) {
      proxy.enqueue(
          new MockResponse.Builder()
              .code(407)
              .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
              .build());
    }
    try (ConnectClient client =
        ConnectClient.builder()
            .url(WORKER)
            .proxy(proxy.getProxyAddress())
            .proxyBasicAuth("proxy-user", "wrong-pw-1")
            .retryPolicy(RetryPolicy.none())
            .build()) {
      assertThatThrownBy(client::listConnectors)
          .isInstanceOf(ConnectServerException.class)
          .hasMessageContaining("407")
          .hasMessageNotContaining("wrong-pw-1");
    }
    assertThat(proxy.getRequestCount()).isEqualTo(2);
  }

  @Test
  void proxyBasicAuth_withoutAProxy_isAMistake() {
    assertThatThrownBy(() -> ConnectClient.builder().proxyBasicAuth("u", "p"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("proxy(...)");
  }

  @Test
  void noProxy_connectsDirectly_evenIfTheJvmHasAProxySelector() throws Exception {
    proxy.enqueue(json("[]"));
    try (ConnectClient client =
        ConnectClient.builder()
            .url(proxy.url("/").toString())
            .proxy(Proxy.NO_PROXY)
            .retryPolicy(RetryPolicy.none())
            .build()) {
      client.listConnectors();
    }
    assertThat(proxy.takeRequest(5, TimeUnit.SECONDS).getRequestLine())
        .isEqualTo("GET /connectors HTTP/1.1");
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
