package io.github.connectclient.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of one worker that can be made to hang: while {@link #hang} is on,
 * it still accepts connections and reads what the client sends, but forwards nothing, so the client
 * sees a worker that is connected and silent (a long GC pause, a stuck Jetty pool, a partition that
 * drops packets). The worker behind it stays a real Kafka Connect process.
 */
final class HangingProxy implements AutoCloseable {

  private final ServerSocket server;
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean hung;

  HangingProxy(String workerUrl) {
    this.targetPort = java.net.URI.create(workerUrl).getPort();
    try {
      server = new ServerSocket();
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::accept, "hanging-proxy-" + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The URL of this proxy, to give to a client instead of the worker's. */
  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** Makes the worker behind the proxy silent ({@code true}) or answer again ({@code false}). */
  void hang(boolean hang) {
    this.hung = hang;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket worker = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(client);
        sockets.add(worker);
        pump(client, worker, true);
        pump(worker, client, false);
      } catch (IOException e) {
        // closed, or the worker refused: the client sees the connection end
      }
    }
  }

  private void pump(Socket from, Socket to, boolean requests) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  if (requests && hung) {
                    continue; // read and dropped: the worker never sees the request
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "hanging-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    closeQuietly(server);
    sockets.forEach(HangingProxy::closeQuietly);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // closing anyway
    }
  }
}
