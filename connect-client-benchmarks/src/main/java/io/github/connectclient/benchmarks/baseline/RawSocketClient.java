package io.github.connectclient.benchmarks.baseline;

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
    String status = readLine();
    if (status == null || !status.startsWith("HTTP/1.1 200")) {
      throw new IOException("unexpected answer: " + status);
    }
    int length = -1;
    for (String header = readLine(); header != null && !header.isEmpty(); header = readLine()) {
      if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(header.substring(15).trim());
      }
    }
    if (length < 0) {
      throw new IOException("no Content-Length");
    }
    return in.readNBytes(length);
  }

  private String readLine() throws IOException {
    line.setLength(0);
    for (int b = in.read(); b >= 0; b = in.read()) {
      if (b == '\n') {
        int end = line.length();
        return line.substring(0, end > 0 && line.charAt(end - 1) == '\r' ? end - 1 : end);
      }
      line.append((char) b);
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
