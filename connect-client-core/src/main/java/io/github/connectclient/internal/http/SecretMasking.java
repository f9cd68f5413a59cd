package io.github.connectclient.internal.http;

import io.github.connectclient.internal.redact.Redactor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets that a server message echoes back. Connect prints whole configs into some errors
 * ({@code Connector config {connector.class=x, database.password=s3cret} contains no connector
 * type}); the value of every sensitive {@code key=value} pair becomes {@code [hidden]} before the
 * text reaches an exception message or a log line.
 */
final class SecretMasking {

  private static final Pattern PAIR = Pattern.compile("([A-Za-z0-9_.\\-$]+)=([^,}\\n]*)");

  private SecretMasking() {}

  static String mask(String text) {
    if (text == null || text.indexOf('=') < 0) {
      return text;
    }
    Matcher matcher = PAIR.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      String key = matcher.group(1);
      String replacement = Redactor.isSensitiveKey(key) ? key + "=[hidden]" : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
