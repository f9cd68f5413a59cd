package io.github.connectclient.security;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * How a failure looks wherever it could end up: message, toString and stack trace with all causes.
 */
final class Secrets {

  private Secrets() {}

  /** The failure's full stack trace text (messages of every cause and suppressed exception). */
  static String describe(Throwable failure) {
    if (failure == null) {
      return "";
    }
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return failure + "\n" + text;
  }
}
