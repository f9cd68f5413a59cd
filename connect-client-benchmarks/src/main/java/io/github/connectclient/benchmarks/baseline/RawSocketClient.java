package io.github.connectclient.benchmarks.baseline;

import io.github.connectclient.benchmarks.stub.HttpLines;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The floor: HTTP/1.1 over one keep-alive {@link Socket}, hand-written, reading the body by its
 * {@code Content-Length} and decoding nothing. Whatever a real client costs above this is its own.
 * Not thread-safe: one per thread.
 */
public final class RawSocketClient implements AutoCloseable {

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final byte[] hostHeader;
  private final StringBuilder line = new StringBuilder(128);

  /**
   * Connects to a server on loopback.
   *
   * @param port its port
   * @throws IOException if the connection fails
   */
  public RawSocketClient(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    // A stub that stopped answering fails the run instead of hanging it.
    socket.setSoTimeout(30_000);
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    out = socket.getOutputStream();
    hostHeader = ("Host: 127.0.0.1:" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Sends {@code GET target} and reads the answer.
   *
   * @param target the path and query, e.g. {@code /connectors/x/status}
   * @return the body's bytes
   * @throws IOException on a broken connection or an answer other than 200
   */
  public byte[] get(String target) throws IOException {
    out.write(("GET " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(hostHeader);
    out.flush();
    String status = HttpLines.read(in, line);
    if (status == null || !status.startsWith("HTTP/1.1 200")) {
      throw new IOException("unexpected answer: " + status);
    }
    int length = -1;
    for (String header = HttpLines.read(in, line);
        header != null && !header.isEmpty();
        header = HttpLines.read(in, line)) {
      if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(header.substring(15).trim());
      }
    }
    if (length < 0) {
      throw new IOException("no Content-Length");
    }
    return in.readNBytes(length);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
