package io.github.connectclient;

import io.github.connectclient.testsupport.Fixtures;
import mockwebserver3.MockResponse;

/**
 * Answers of a Connect worker for MockWebServer. Bodies a real worker sent come from the captured
 * {@link Fixtures} ({@link #captured}); the few kept here are ones the capture cannot produce, each
 * saying why. Public for the tests of other packages ({@code internal.http}'s retry tests).
 */
public final class Answers {

  private Answers() {}

  /**
   * Not captured: the test cluster is healthy whenever it is asked. A worker still joining its
   * group answers {@code GET /health} with 503 and this body (text after Kafka's {@code
   * HealthResource}).
   */
  static final String STARTING =
      """
      {"status":"starting","message":"Worker is still starting up. Ensuring membership in the cluster."}""";

  /**
   * Not captured, like {@link #STARTING}: the 500 body of a worker whose herder does not answer.
   */
  static final String UNHEALTHY =
      """
      {"status":"unhealthy","message":"Worker was unable to handle this request and may be unable to \
      handle other requests. Ensuring membership in the cluster."}""";

  /** The captured answer {@code what}, labelled JSON: {@link Fixtures#answer}. */
  static MockResponse captured(String what) {
    return Fixtures.answer(what);
  }

  /** A JSON answer labelled as Connect's resources label theirs. */
  public static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** An answer with no body (202, 204). */
  public static MockResponse empty(int status) {
    return new MockResponse.Builder().code(status).build();
  }

  /** Connect's error body, {@code {"error_code": N, "message": "..."}}, labelled JSON. */
  public static MockResponse error(int status, String message) {
    return json(status, errorBody(status, message));
  }

  /**
   * A captured error of the JAX-RS router ({@code error-unknown-route} 404, {@code
   * error-method-not-allowed} 405): the JSON error body but no {@code Content-Type} header.
   */
  static MockResponse capturedRouterError(String what) {
    return new MockResponse.Builder().code(Fixtures.status(what)).body(Fixtures.body(what)).build();
  }

  /** The captured Jetty 12 HTML error page ({@code error-jetty-ambiguous-path}), labelled HTML. */
  static MockResponse capturedJettyPage(String what) {
    return new MockResponse.Builder()
        .code(Fixtures.status(what))
        .setHeader("Content-Type", "text/html;charset=iso-8859-1")
        .body(Fixtures.body(what))
        .build();
  }

  /**
   * An error of the JAX-RS router with no capture (406, 415): the JSON error body but no {@code
   * Content-Type} header, as {@link #capturedRouterError} shows for 404 and 405.
   */
  static MockResponse routerError(int status, String message) {
    return new MockResponse.Builder().code(status).body(errorBody(status, message)).build();
  }

  /**
   * A Jetty 12 HTML error page for a status the capture has no page for, built like the captured
   * {@code error-jetty-ambiguous-path} ({@link #capturedJettyPage}).
   */
  static MockResponse jettyPage(int status, String reason) {
    String page =
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
            + "<title>Error "
            + status
            + " "
            + reason
            + "</title>\n</head>\n<body>\n"
            + "<h2>HTTP ERROR "
            + status
            + " "
            + reason
            + "</h2>\n<table>\n"
            + "<tr><th>URI:</th><td>/badURI</td></tr>\n<tr><th>STATUS:</th><td>"
            + status
            + "</td></tr>\n"
            + "<tr><th>MESSAGE:</th><td>"
            + reason
            + "</td></tr>\n</table>\n\n</body>\n</html>\n";
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "text/html;charset=iso-8859-1")
        .body(page)
        .build();
  }

  static String errorBody(int status, String message) {
    return "{\"error_code\":" + status + ",\"message\":" + quote(message) + "}";
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
