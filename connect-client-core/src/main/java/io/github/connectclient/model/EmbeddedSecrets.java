package io.github.connectclient.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials inside a value whose key says nothing: the password of a URL's user info ({@code
 * jdbc:postgresql://app:s3cret@db/app}, {@code mongodb://app:s3cret@h1,h2}, {@code
 * https://elastic:s3cret@es:9200}), Oracle's {@code user/password@} form, and password-style
 * parameters of a URL or JDBC string ({@code ?password=}, {@code ;password=}, {@code pwd=}, {@code
 * secret=}, {@code token=}, {@code apikey=} ...). Only the secret part is masked, so the value
 * still says where it points.
 */
final class EmbeddedSecrets {

  /**
   * {@code scheme://user:password@}: group 2 is the password, up to the last {@code @} of the
   * authority.
   */
  private static final Pattern USER_INFO =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*://[^/@\\s:,;]*:)([^\\s/]*)@");

  /** Oracle's thin form {@code jdbc:oracle:thin:user/password@host}: group 2 is the password. */
  private static final Pattern ORACLE =
      Pattern.compile("(?i)(jdbc:oracle:[a-z0-9]+:[^/@\\s:]+/)([^@\\s]+)@");

  /** {@code password=...} after a URL or JDBC separator: group 2 is the value. */
  private static final Pattern PARAMETER =
      Pattern.compile(
          "(?i)((?:^|[?&;:,\\s])(?:password|passwd|pwd|secret|client_secret|clientsecret"
              + "|token|access_token|accesstoken|apikey|api_key|api-key|sslpassword)=)"
              + "([^&;,\\s]*)");

  private static final List<Pattern> PATTERNS = List.of(USER_INFO, ORACLE, PARAMETER);

  private EmbeddedSecrets() {}

  /** {@code text} with every embedded secret replaced by {@link Redaction#MASK}. */
  static String mask(String text) {
    if (!mayHoldOne(text)) {
      return text;
    }
    String masked = text;
    for (Pattern pattern : PATTERNS) {
      Matcher matcher = pattern.matcher(masked);
      StringBuilder out = new StringBuilder(masked.length());
      boolean found = false;
      while (matcher.find()) {
        if (matcher.group(2).isEmpty()) {
          continue;
        }
        found = true;
        String end = pattern == PARAMETER ? "" : "@";
        matcher.appendReplacement(
            out, Matcher.quoteReplacement(matcher.group(1) + Redaction.MASK + end));
      }
      if (found) {
        matcher.appendTail(out);
        masked = out.toString();
      }
    }
    return masked;
  }

  /** The secrets embedded in {@code text}, as written (empty when there are none). */
  static List<String> find(String text) {
    List<String> secrets = new ArrayList<>();
    if (!mayHoldOne(text)) {
      return secrets;
    }
    for (Pattern pattern : PATTERNS) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        if (!matcher.group(2).isEmpty()) {
          secrets.add(matcher.group(2));
        }
      }
    }
    return secrets;
  }

  private static boolean mayHoldOne(String text) {
    return text != null && (text.indexOf('@') >= 0 || text.indexOf('=') >= 0);
  }
}
