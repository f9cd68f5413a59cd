package io.github.connectclient.examples;

/**
 * One key press of {@link InteractiveDelete}.
 *
 * @param kind what the key means
 * @param digit the digit typed, for {@link Kind#DIGIT}; else {@code 0}
 */
record Key(Kind kind, char digit) {

  /** What a key means to the delete list. */
  enum Kind {
    UP,
    DOWN,
    DIGIT,
    BACKSPACE,
    ENTER,
    REFRESH,
    QUIT,
    OTHER
  }

  static Key of(Kind kind) {
    return new Key(kind, '\0');
  }

  static Key digit(char digit) {
    return new Key(Kind.DIGIT, digit);
  }
}
