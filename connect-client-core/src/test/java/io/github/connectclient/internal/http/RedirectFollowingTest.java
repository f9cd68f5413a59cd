package io.github.connectclient.internal.http;

import static io.github.connectclient.Answers.json;
import static io.github.connectclient.internal.http.RetryAnswers.INFO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.errors.ConnectServerException;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Redirects (Connect never sends one; gateways in front of it do): the client follows 307/308
 * itself with method and body kept, a bounded number of hops, {@code Authorization} dropped on a
 * hop to another origin unless allowed; 301/302/303 are not followed (never POST to GET).
 */
class RedirectFollowingTest extends RetryTestSetup {

  private static final String AUTHORIZATION = "Basic dXNlcjpzZWNyZXQ="; // user:secret

  static Stream<Arguments> followedStatuses() {
    return Stream.of(RetryMode.values())
        .flatMap(mode -> Stream.of(Arguments.of(mode, 307), Arguments.of(mode, 308)));
  }

  static Stream<Arguments> unfollowedStatuses() {
    return Stream.of(RetryMode.values())
        .flatMap(mode -> Stream.of(301, 302, 303).map(status -> Arguments.of(mode, status)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("followedStatuses")
  void redirect307or308_ofAConfigPut_isFollowedWithMethodAndBodyKept(RetryMode mode, int status) {
    RetryTestWorker target = worker().on("PUT", "/connect/connectors/src/config", json(200, INFO));
    RetryTestWorker gateway =
        worker()
            .on(
                "PUT",
                "/connectors/src/config",
                redirect(status, target.url() + "connect/connectors/src/config"));
    RetryTestClient client = client(gateway.url());

    mode.run(client.transport(), calls.putConnectorConfig("src", Map.of("connector.class", "X")));

    RecordedRequest followed = target.received().get(0);
    assertThat(followed.getMethod()).isEqualTo("PUT");
    assertThat(followed.getBody().utf8()).isEqualTo("{\"connector.class\":\"X\"}");
    assertThat(followed.getHeaders().get("Content-Type")).startsWith("application/json");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("followedStatuses")
  void redirect307or308_ofACreate_staysAPostWithItsBody(RetryMode mode, int status) {
    RetryTestWorker gateway = worker();
    gateway.on("POST", "/connectors", redirect(status, "/v2/connectors"));
    gateway.on("POST", "/v2/connectors", json(201, INFO));
    RetryTestClient client = client(gateway.url());

    mode.run(client.transport(), calls.createConnector("src", Map.of("connector.class", "X")));

    RecordedRequest followed = gateway.received().get(1);
    assertThat(followed.getMethod()).isEqualTo("POST");
    assertThat(followed.getUrl().encodedPath()).isEqualTo("/v2/connectors");
    assertThat(followed.getBody().utf8()).contains("\"name\":\"src\"");
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void redirectHops_areBounded_andTheLastRedirectSurfacesAsAnError(RetryMode mode) {
    RetryTestWorker loop = worker().on("GET", "/connectors/src", redirect(307, "/connectors/src"));
    RetryTestClient client = client(loop.url()).maxRedirects(2);

    ConnectServerException thrown =
        catchThrowableOfType(
            ConnectServerException.class,
            () -> mode.run(client.transport(), calls.getConnector("src")));

    assertThat(thrown.statusCode()).isEqualTo(307);
    assertThat(loop.count("GET", "/connectors/src")).isEqualTo(3); // the request and 2 hops
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void redirectToAnotherOrigin_dropsTheAuthorizationHeader(RetryMode mode) {
    RetryTestWorker target = worker().on("GET", "/connectors/src", json(200, INFO));
    RetryTestWorker gateway =
        worker().on("GET", "/connectors/src", redirect(307, target.url() + "connectors/src"));
    RetryTestClient client = client(gateway.url()).basicAuth("user", "secret");

    mode.run(client.transport(), calls.getConnector("src"));

    assertThat(gateway.received().get(0).getHeaders().get("Authorization"))
        .isEqualTo(AUTHORIZATION);
    assertThat(target.received().get(0).getHeaders().get("Authorization")).isNull();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void redirectToAnotherOrigin_keepsTheAuthorizationHeader_whenAllowed(RetryMode mode) {
    RetryTestWorker target = worker().on("GET", "/connectors/src", json(200, INFO));
    RetryTestWorker gateway =
        worker().on("GET", "/connectors/src", redirect(307, target.url() + "connectors/src"));
    RetryTestClient client =
        client(gateway.url())
            .basicAuth("user", "secret")
            .keepAuthorizationOnCrossHostRedirect(true);

    mode.run(client.transport(), calls.getConnector("src"));

    assertThat(target.received().get(0).getHeaders().get("Authorization")).isEqualTo(AUTHORIZATION);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void redirectWithinTheSameOrigin_keepsTheAuthorizationHeader(RetryMode mode) {
    RetryTestWorker gateway = worker();
    gateway.on("GET", "/connectors/src", redirect(308, "/api/connectors/src"));
    gateway.on("GET", "/api/connectors/src", json(200, INFO));
    RetryTestClient client = client(gateway.url()).basicAuth("user", "secret");

    mode.run(client.transport(), calls.getConnector("src"));

    assertThat(gateway.received().get(1).getHeaders().get("Authorization"))
        .isEqualTo(AUTHORIZATION);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unfollowedStatuses")
  void redirect301_302_303_ofACreate_isNotFollowed_andNeverBecomesAGet(RetryMode mode, int status) {
    RetryTestWorker gateway = worker();
    gateway.on("POST", "/connectors", redirect(status, "/elsewhere"));
    gateway.on("GET", "/elsewhere", json(200, INFO));
    RetryTestClient client = client(gateway.url());

    ConnectServerException thrown =
        catchThrowableOfType(
            ConnectServerException.class,
            () ->
                mode.run(
                    client.transport(),
                    calls.createConnector("src", Map.of("connector.class", "X"))));

    assertThat(thrown.statusCode()).isEqualTo(status);
    assertThat(thrown).hasMessageContaining("POST /connectors -> " + status);
    assertThat(gateway.received())
        .singleElement()
        .satisfies(request -> assertThat(request.getMethod()).isEqualTo("POST"));
  }

  private static MockResponse redirect(int status, String location) {
    return new MockResponse.Builder().code(status).setHeader("Location", location).build();
  }
}
