package io.github.connectclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.internal.http.ClientVersion;
import mockwebserver3.RecordedRequest;

/** What every request of the client must look like on the wire. */
final class RequestAssertions {

  private RequestAssertions() {}

  /**
   * The request line is exactly {@code method target} (path percent-encoded as sent, with its query
   * string) and the standard headers are there: {@code Accept: application/json} and {@code
   * User-Agent: connect-client/<version>}.
   */
  static RecordedRequest assertSent(RecordedRequest request, String method, String target) {
    assertThat(request.getMethod()).as("method").isEqualTo(method);
    assertThat(request.getTarget()).as("request target").isEqualTo(target);
    assertThat(request.getHeaders().get("Accept")).as("Accept").isEqualTo("application/json");
    assertThat(ClientVersion.VERSION)
        .as("the version filtered into the build")
        .matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(request.getHeaders().get("User-Agent"))
        .as("User-Agent")
        .isEqualTo("connect-client/" + ClientVersion.VERSION);
    return request;
  }

  /** No body was sent, and so no {@code Content-Type}. */
  static void assertNoBody(RecordedRequest request) {
    assertThat(request.getBodySize()).as("body size").isZero();
    assertThat(request.getHeaders().get("Content-Type")).as("Content-Type").isNull();
  }

  /** Exactly {@code json} was sent, labelled {@code application/json}. */
  static void assertJsonBody(RecordedRequest request, String json) {
    assertThat(request.getHeaders().get("Content-Type"))
        .as("Content-Type")
        .isEqualTo("application/json");
    assertThat(request.getBody()).as("body").isNotNull();
    assertThat(request.getBody().utf8()).as("body").isEqualTo(json);
  }
}
