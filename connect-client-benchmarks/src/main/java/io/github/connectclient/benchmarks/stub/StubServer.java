package io.github.connectclient.benchmarks.stub;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stub Kafka Connect worker for the benchmarks, run as its own JVM by {@link StubProcess}: a
 * small blocking HTTP/1.1 server on loopback, one thread per connection (so any number of
 * concurrent requests, none queued behind another), keep-alive, every answer pre-encoded with its
 * exact {@code Content-Length}. It prints {@code PORT <n>} once listening and exits when its
 * standard input closes, so a benchmark that dies leaves no server behind.
 *
 * <p>Arguments: the latency to add to every answer, in milliseconds (default 0).
 */
public final class StubServer {

  private final StubRoutes routes;
  private final long latencyMillis;

  StubServer(StubRoutes routes, long latencyMillis) {
    this.routes = routes;
    this.latencyMillis = latencyMillis;
  }

  /**
   * Starts the server and blocks until standard input closes.
   *
   * @param args the latency in milliseconds, optional
   * @throws IOException if the port cannot be opened
   */
  public static void main(String[] args) throws IOException {
    long latency = args.length > 0 ? Long.parseLong(args[0]) : 0;
    ServerSocket listener = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
    StubServer server = new StubServer(StubRoutes.standard(), latency);
    Thread acceptor = new Thread(() -> server.accept(listener), "stub-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    System.out.println("PORT " + listener.getLocalPort());
    System.out.flush();
    while (System.in.read() >= 0) {
      // Wait for the parent to close our standard input (or die).
    }
    System.exit(0);
  }

  private void accept(ServerSocket listener) {
    ExecutorService connections = Executors.newCachedThreadPool(StubServer::daemon);
    while (true) {
      try {
        Socket socket = listener.accept();
        socket.setTcpNoDelay(true);
        connections.execute(() -> serve(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "stub-connection");
    thread.setDaemon(true);
    return thread;
  }

  /** Answers requests on one connection until the client closes it. */
  void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
      OutputStream out = socket.getOutputStream();
      RequestHead head = new RequestHead();
      while (head.read(in)) {
        in.skipNBytes(head.contentLength());
        if (latencyMillis > 0) {
          Thread.sleep(latencyMillis);
        }
        out.write(routes.answer(head.method(), head.target()));
        out.flush();
        if (head.closeRequested()) {
          return;
        }
      }
    } catch (IOException e) {
      // The client went away.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The request line and the two headers the stub needs, read from a keep-alive connection. */
  static final class RequestHead {
    private final StringBuilder line = new StringBuilder(256);
    private String method;
    private String target;
    private long contentLength;
    private boolean close;

    /** Reads one request head; false at end of stream. */
    boolean read(InputStream in) throws IOException {
      String requestLine = HttpLines.read(in, line);
      if (requestLine == null) {
        return false;
      }
      int first = requestLine.indexOf(' ');
      int second = requestLine.indexOf(' ', first + 1);
      method = requestLine.substring(0, first);
      target = requestLine.substring(first + 1, second);
      contentLength = 0;
      close = false;
      for (String header = HttpLines.read(in, line); header != null && !header.isEmpty(); ) {
        int colon = header.indexOf(':');
        String name = header.substring(0, colon).trim();
        String value = header.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("Content-Length")) {
          contentLength = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
          close = true;
        }
        header = HttpLines.read(in, line);
      }
      return true;
    }

    String method() {
      return method;
    }

    String target() {
      return target;
    }

    long contentLength() {
      return contentLength;
    }

    boolean closeRequested() {
      return close;
    }
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
