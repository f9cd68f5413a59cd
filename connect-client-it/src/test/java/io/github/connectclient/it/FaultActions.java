package io.github.connectclient.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What the {@link TestProxy} does to a client connection for each {@link Fault}. */
final class FaultActions {

  private static final String UNAVAILABLE_BODY =
      "{\"error_code\":503,\"message\":\"proxy: no worker available\"}";

  /** The proxy's own answer for {@link Fault#UNAVAILABLE}. */
  static final byte[] UNAVAILABLE =
      ("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Type: application/json\r\n"
              + "Content-Length: "
              + UNAVAILABLE_BODY.length()
              + "\r\n\r\n"
              + UNAVAILABLE_BODY)
          .getBytes(StandardCharsets.US_ASCII);

  /** A stalled connection is given up by the proxy after this, whatever the client does. */
  private static final Duration STALL_LIMIT = Duration.ofMinutes(3);

  private FaultActions() {}

  /**
   * Ends {@code client}'s connection with {@code fault}, {@code response} being the worker's answer
   * to the request (already applied by the worker). Returns when the connection is over.
   */
  static void apply(Fault fault, Socket client, HttpMessage response) throws IOException {
    switch (fault) {
      case RESET -> {
        client.setSoLinger(true, 0); // close() sends RST
        client.close();
      }
      case TRUNCATED_BODY -> {
        byte[] whole = response.bytes();
        int cut =
            response.body().length > 1
                ? response.head().length + response.body().length / 2
                : response.head().length / 2;
        client.getOutputStream().write(whole, 0, cut);
        client.getOutputStream().flush();
        client.close();
      }
      case STALL -> {
        client.setSoTimeout((int) STALL_LIMIT.toMillis());
        InputStream in = client.getInputStream();
        while (in.read() >= 0) {
          // waits for the client to give up; nothing is answered
        }
        client.close();
      }
      case UNAVAILABLE -> throw new IllegalArgumentException("answered by the proxy itself");
    }
  }
}
