package io.github.connectclient.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the local Maven repository the way Maven does, for the usual cases. */
final class LocalMavenRepository {

  private static final Pattern LOCAL_REPOSITORY =
      Pattern.compile("<localRepository>\\s*([^<]+?)\\s*</localRepository>");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(env\\.)?([^}]+)}");

  private LocalMavenRepository() {}

  /**
   * The system property {@code maven.repo.local} (Surefire and Failsafe pass {@code
   * -Dmaven.repo.local} on to the test JVM), else {@code <localRepository>} of {@code
   * ~/.m2/settings.xml}, else {@code ~/.m2/repository}.
   */
  static Path locate() {
    return locate(
        System.getProperty("maven.repo.local"),
        Path.of(System.getProperty("user.home")),
        System.getenv());
  }

  static Path locate(String repoLocalProperty, Path userHome, Map<String, String> env) {
    if (repoLocalProperty != null && !repoLocalProperty.isBlank()) {
      return Path.of(repoLocalProperty).toAbsolutePath();
    }
    Path settings = userHome.resolve(".m2").resolve("settings.xml");
    if (Files.isRegularFile(settings)) {
      try {
        String xml = COMMENT.matcher(Files.readString(settings)).replaceAll("");
        Matcher m = LOCAL_REPOSITORY.matcher(xml);
        if (m.find()) {
          return Path.of(expand(m.group(1), userHome, env)).toAbsolutePath();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + settings, e);
      }
    }
    return userHome.resolve(".m2").resolve("repository");
  }

  private static String expand(String value, Path userHome, Map<String, String> env) {
    Matcher m = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(2);
      String replacement =
          m.group(1) != null
              ? env.getOrDefault(name, "")
              : "user.home".equals(name) ? userHome.toString() : System.getProperty(name, "");
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
