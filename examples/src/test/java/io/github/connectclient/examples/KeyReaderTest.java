package io.github.connectclient.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyReaderTest {

  @Test
  void arrowKeys_ofBothTerminalModes_moveUpAndDown() throws IOException {
    assertThat(kinds("\u001b[A\u001b[B\u001bOA\u001bOB\u001b[1;5Akj"))
        .containsExactly(
            Key.Kind.UP,
            Key.Kind.DOWN,
            Key.Kind.UP,
            Key.Kind.DOWN,
            Key.Kind.UP,
            Key.Kind.UP,
            Key.Kind.DOWN,
            Key.Kind.QUIT);
  }

  @Test
  void carriageReturnNewline_isOneEnter() throws IOException {
    assertThat(kinds("\r\n\n\r"))
        .containsExactly(Key.Kind.ENTER, Key.Kind.ENTER, Key.Kind.ENTER, Key.Kind.QUIT);
  }

  @Test
  void digitsAndBackspace_areKeptWithTheirValue() throws IOException {
    KeyReader reader = new KeyReader(new StringReader("4\u007f"));
    assertThat(reader.next()).isEqualTo(Key.digit('4'));
    assertThat(reader.next().kind()).isEqualTo(Key.Kind.BACKSPACE);
  }

  @Test
  void qCtrlCCtrlDAndTheEndOfInput_quit() throws IOException {
    assertThat(kinds("q")).startsWith(Key.Kind.QUIT);
    assertThat(kinds("\u0003")).startsWith(Key.Kind.QUIT);
    assertThat(kinds("\u0004")).startsWith(Key.Kind.QUIT);
    assertThat(kinds("")).containsExactly(Key.Kind.QUIT);
  }

  @Test
  void otherKeys_areIgnoredAsOther() throws IOException {
    assertThat(kinds("x\u001b[C")).containsExactly(Key.Kind.OTHER, Key.Kind.OTHER, Key.Kind.QUIT);
  }

  /** Every key up to and including the first QUIT. */
  private static List<Key.Kind> kinds(String input) throws IOException {
    KeyReader reader = new KeyReader(new StringReader(input));
    List<Key.Kind> kinds = new ArrayList<>();
    Key.Kind kind;
    do {
      kind = reader.next().kind();
      kinds.add(kind);
    } while (kind != Key.Kind.QUIT);
    return kinds;
  }
}
