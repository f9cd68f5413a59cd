package io.github.connectclient.it;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 request or response as the {@link TestProxy} reads it off a socket: the head (start
 * line and headers) and the body, framed by {@code Content-Length}, chunked, or (a response only)
 * the end of the connection. Bytes are kept as they came, to be forwarded unchanged.
 */
record HttpMessage(String startLine, byte[] head, byte[] body, boolean endsWithConnection) {

  /** The next request on {@code in}; null if the connection ended cleanly before one began. */
  static HttpMessage readRequest(InputStream in) throws IOException {
    byte[] head = readHead(in);
    if (head == null) {
      return null;
    }
    String text = new String(head, StandardCharsets.ISO_8859_1);
    return new HttpMessage(firstLine(text), head, readBody(in, text, false), false);
  }

  /** The response to a request of {@code method} on {@code in}. */
  static HttpMessage readResponse(InputStream in, String method) throws IOException {
    byte[] head = readHead(in);
    if (head == null) {
      throw new EOFException("the worker closed the connection before answering");
    }
    String text = new String(head, StandardCharsets.ISO_8859_1);
    String status = firstLine(text);
    int code = Integer.parseInt(status.split(" ")[1]);
    if (method.equals("HEAD") || code == 204 || code == 304 || code < 200) {
      return new HttpMessage(status, head, new byte[0], false);
    }
    boolean framed = header(text, "content-length") != null || isChunked(text);
    return new HttpMessage(status, head, readBody(in, text, !framed), !framed);
  }

  /** The request's method, e.g. {@code POST}. */
  String method() {
    return startLine.substring(0, startLine.indexOf(' '));
  }

  /** Head and body, as read. */
  byte[] bytes() {
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    for (int b; (b = in.read()) >= 0; ) {
      head.write(b);
      matched =
          (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
      if (matched == 4) {
        return head.toByteArray();
      }
    }
    if (head.size() == 0) {
      return null;
    }
    throw new EOFException("the connection ended inside a message head");
  }

  private static byte[] readBody(InputStream in, String head, boolean untilEnd) throws IOException {
    if (untilEnd) {
      return in.readAllBytes();
    }
    if (isChunked(head)) {
      return readChunked(in);
    }
    String length = header(head, "content-length");
    return length == null ? new byte[0] : readExactly(in, Integer.parseInt(length.trim()));
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String line = readLine(in, body);
      int size = Integer.parseInt(line.split(";")[0].trim(), 16);
      if (size == 0) {
        while (!readLine(in, body).isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(readExactly(in, size + 2));
    }
  }

  private static String readLine(InputStream in, ByteArrayOutputStream copy) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b; (b = in.read()) >= 0; ) {
      copy.write(b);
      if (b == '\n') {
        return line.toString().strip();
      }
      line.append((char) b);
    }
    throw new EOFException("the connection ended inside a chunked body");
  }

  private static byte[] readExactly(InputStream in, int length) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length < length) {
      throw new EOFException("the connection ended inside a body");
    }
    return bytes;
  }

  private static boolean isChunked(String head) {
    String encoding = header(head, "transfer-encoding");
    return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
  }

  private static String header(String head, String name) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }

  private static String firstLine(String head) {
    return head.substring(0, head.indexOf("\r\n"));
  }
}
