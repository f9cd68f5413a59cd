package io.github.connectclient.benchmarks.stub;

import java.io.IOException;
import java.io.InputStream;

/** Reads the lines of an HTTP/1.1 head, byte by byte, as the stub and the raw floor both do. */
public final class HttpLines {

  private HttpLines() {}

  /**
   * Reads one line, without its CRLF (or LF).
   *
   * @param in a buffered stream
   * @param line a reused buffer
   * @return the line, or null at the end of the stream before any byte
   * @throws IOException if reading fails
   */
  public static String read(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    for (int b = in.read(); b >= 0; b = in.read()) {
      if (b == '\n') {
        int end = line.length();
        return line.substring(0, end > 0 && line.charAt(end - 1) == '\r' ? end - 1 : end);
      }
      line.append((char) b);
    }
    return line.length() == 0 ? null : line.toString();
  }
}
