package io.github.connectclient.examples;

import java.io.IOException;
import java.io.Reader;

/**
 * Turns what a terminal in raw mode sends into {@link Key}s: {@code ESC [ A} and {@code ESC [ B}
 * (arrow keys, also {@code ESC O A}) or {@code k} and {@code j} move, digits pick a row, Enter
 * ({@code \n} or {@code \r}) deletes, {@code r} refreshes, {@code q}, Ctrl-C, Ctrl-D and the end of
 * the input quit. Tests feed it the same characters from a {@link java.io.StringReader}.
 */
final class KeyReader {

  private static final int ESC = 0x1b;
  private static final int CTRL_C = 0x03;
  private static final int CTRL_D = 0x04;

  private final Reader in;
  private boolean lastWasCarriageReturn;

  KeyReader(Reader in) {
    this.in = in;
  }

  /** Blocks until the next key. */
  Key next() throws IOException {
    while (true) {
      int c = in.read();
      boolean afterCarriageReturn = lastWasCarriageReturn;
      lastWasCarriageReturn = c == '\r';
      if (c == '\n' && afterCarriageReturn) {
        continue; // "\r\n" is one Enter
      }
      switch (c) {
        case -1, 'q', 'Q', CTRL_C, CTRL_D:
          return Key.of(Key.Kind.QUIT);
        case '\n', '\r':
          return Key.of(Key.Kind.ENTER);
        case 'k':
          return Key.of(Key.Kind.UP);
        case 'j':
          return Key.of(Key.Kind.DOWN);
        case 'r':
          return Key.of(Key.Kind.REFRESH);
        case 0x7f, '\b':
          return Key.of(Key.Kind.BACKSPACE);
        case ESC:
          return escapeSequence();
        default:
          return c >= '0' && c <= '9' ? Key.digit((char) c) : Key.of(Key.Kind.OTHER);
      }
    }
  }

  /** After ESC: {@code [A}/{@code OA} is up, {@code [B}/{@code OB} down, anything else ignored. */
  private Key escapeSequence() throws IOException {
    int bracket = in.read();
    if (bracket != '[' && bracket != 'O') {
      return bracket == -1 ? Key.of(Key.Kind.QUIT) : Key.of(Key.Kind.OTHER);
    }
    int code = in.read();
    while (code >= '0' && code <= '9' || code == ';') {
      code = in.read(); // parameters of longer sequences such as ESC [ 1 ; 5 A
    }
    return switch (code) {
      case 'A' -> Key.of(Key.Kind.UP);
      case 'B' -> Key.of(Key.Kind.DOWN);
      case -1 -> Key.of(Key.Kind.QUIT);
      default -> Key.of(Key.Kind.OTHER);
    };
  }
}
