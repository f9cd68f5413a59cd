package io.github.connectclient.internal.endpoint;

import io.github.connectclient.model.Redaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets that a server message echoes back. Connect prints whole configs into some errors
 * ({@code Connector config {connector.class=x, database.password=s3cret} contains no connector
 * type}); the value of every sensitive {@code key=value} pair becomes {@code [hidden]} before the
 * text reaches an exception message or a log line. Other echoes ({@code Invalid value s3cret for
 * configuration ...}, JSON, a proxy's page) are caught by value: every sensitive value the call
 * itself sent ({@link ApiCall#secrets()}) is masked wherever it stands alone.
 */
public final class SecretMasking {

  private static final Pattern PAIR = Pattern.compile("([A-Za-z0-9_.\\-$]+)=([^,}\\n]*)");

  private SecretMasking() {}

  /**
   * Masks {@code key=value} secrets, then every occurrence of one of the {@code known} secret
   * values (the ones this call sent) that is not part of a longer word.
   */
  public static String mask(String text, List<String> known) {
    String masked = mask(text);
    if (masked == null || known.isEmpty()) {
      return masked;
    }
    for (String secret : known) {
      masked = maskOccurrences(masked, secret);
    }
    return masked;
  }

  /**
   * The values of the sensitive keys of {@code config} that could be recognised in a message:
   * non-empty, not a config-provider reference; longest first, so a secret that contains another is
   * masked whole.
   */
  public static List<String> sensitiveValues(Map<String, String> config) {
    if (config == null || config.isEmpty()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, String> entry : config.entrySet()) {
      values.addAll(Redaction.secretParts(entry.getKey(), entry.getValue()));
    }
    values.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(values);
  }

  private static String maskOccurrences(String text, String secret) {
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    int at = text.indexOf(secret);
    while (at >= 0) {
      int end = at + secret.length();
      if (standsAlone(text, at, end)) {
        out.append(text, copied, at).append(Redaction.MASK);
        copied = end;
        at = text.indexOf(secret, end);
      } else {
        at = text.indexOf(secret, at + 1);
      }
    }
    return copied == 0 ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * Whether {@code text[at, end)} is not glued to a word on either side it starts or ends a word.
   */
  private static boolean standsAlone(String text, int at, int end) {
    boolean gluedBefore = at > 0 && isWordChar(text.charAt(at)) && isWordChar(text.charAt(at - 1));
    boolean gluedAfter =
        end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end));
    return !gluedBefore && !gluedAfter;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  public static String mask(String text) {
    if (text == null || text.indexOf('=') < 0) {
      return Redaction.maskEmbeddedSecrets(text);
    }
    Matcher matcher = PAIR.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      String key = matcher.group(1);
      String replacement = Redaction.isSensitiveKey(key) ? key + "=[hidden]" : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return Redaction.maskEmbeddedSecrets(out.toString());
  }
}
