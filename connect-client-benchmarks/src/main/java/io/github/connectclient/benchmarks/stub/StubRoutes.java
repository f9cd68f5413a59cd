package io.github.connectclient.benchmarks.stub;

import java.nio.charset.StandardCharsets;

/**
 * The stub's answers, each encoded once: status line, headers with the exact {@code
 * Content-Length}, and the captured body, in one array written with one call.
 */
final class StubRoutes {

  private final byte[] serverInfo;
  private final byte[] status;
  private final byte[] expanded;
  private final byte[] names;
  private final byte[] notFound;

  private StubRoutes(byte[] serverInfo, byte[] status, byte[] expanded, byte[] names) {
    this.serverInfo = serverInfo;
    this.status = status;
    this.expanded = expanded;
    this.names = names;
    this.notFound =
        encode(404, "Not Found", "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}");
  }

  /** The routes over the captured bodies and an expanded listing of 2,000 connectors. */
  static StubRoutes standard() {
    StringBuilder list = new StringBuilder("[");
    for (int i = 0; i < StubBodies.EXPANDED_CONNECTORS; i++) {
      list.append(i > 0 ? "," : "").append('"').append(StubBodies.name(i)).append('"');
    }
    return new StubRoutes(
        encode(200, "OK", StubBodies.captured("server-info")),
        encode(200, "OK", StubBodies.captured("connector-status")),
        encode(200, "OK", StubBodies.expandedListing(StubBodies.EXPANDED_CONNECTORS)),
        encode(200, "OK", list.append(']').toString()));
  }

  /** Returns the whole answer to a request. */
  byte[] answer(String method, String target) {
    if (!method.equals("GET")) {
      return notFound;
    }
    if (target.equals("/")) {
      return serverInfo;
    }
    if (target.startsWith("/connectors?")) {
      return target.contains("expand=") ? expanded : names;
    }
    if (target.equals("/connectors")) {
      return names;
    }
    if (target.startsWith("/connectors/") && target.endsWith("/status")) {
      return status;
    }
    return notFound;
  }

  private static byte[] encode(int code, String reason, String body) {
    return encode(code, reason, body.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] encode(int code, String reason, byte[] body) {
    byte[] head =
        StubServer.ascii(
            "HTTP/1.1 "
                + code
                + ' '
                + reason
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\n\r\n");
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }
}
