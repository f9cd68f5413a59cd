package io.github.connectclient;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Response bodies captured from a real Kafka Connect cluster, on the test classpath as {@code
 * fixtures/<what>.<status>.json} (see {@code fixtures/README.md}): {@code body("connector-status")}
 * is what {@code GET /connectors/fixture-source/status} answered, {@code status("connector-status")}
 * the HTTP status it came with.
 */
public final class Fixtures {

  private static final String DIRECTORY = "fixtures";
  private static final Pattern FILE_NAME = Pattern.compile("(.+)\\.(\\d{3})\\.json");
  private static final Moshi MOSHI = new Moshi.Builder().build();

  private Fixtures() {}

  /** The captured body of {@code what}, exactly as the server sent it. */
  public static String body(String what) {
    try {
      return Files.readString(file(what), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The HTTP status {@code what} was captured with. */
  public static int status(String what) {
    Matcher name = FILE_NAME.matcher(file(what).getFileName().toString());
    if (!name.matches()) {
      throw new AssertionError("not a fixture file name: " + file(what));
    }
    return Integer.parseInt(name.group(2));
  }

  /**
   * A value inside the captured JSON body, read with a plain Moshi (not the client's codec): map
   * keys are {@code String}s, list indexes {@code Integer}s, numbers come back as {@code Double}.
   * {@code at("connector-status", "tasks", 0, "worker_id")}.
   */
  public static Object at(String what, Object... keys) {
    Object value;
    try {
      value = MOSHI.adapter(Object.class).fromJson(body(what));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Object key : keys) {
      if (key instanceof Integer index && value instanceof List<?> list) {
        value = list.get(index);
      } else if (key instanceof String name && value instanceof Map<?, ?> map && map.containsKey(name)) {
        value = map.get(name);
      } else {
        throw new AssertionError("fixture " + what + " has nothing at " + List.of(keys) + " (stuck at " + key + ")");
      }
    }
    return value;
  }

  /** A string inside the captured JSON body; see {@link #at}. */
  public static String text(String what, Object... keys) {
    return (String) at(what, keys);
  }

  /** The names of every captured fixture ({@code <what>} of each file), sorted. */
  public static List<String> names() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.map(file -> FILE_NAME.matcher(file.getFileName().toString()))
          .filter(Matcher::matches)
          .map(name -> name.group(1))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path file(String what) {
    List<Path> matches;
    try (Stream<Path> files = Files.list(directory())) {
      matches = files.filter(file -> {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        return name.matches() && name.group(1).equals(what);
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (matches.size() != 1) {
      throw new AssertionError("expected one fixture " + DIRECTORY + "/" + what + ".<status>.json but found "
          + matches + "; captured fixtures are " + names()
          + " (re-capture: see " + DIRECTORY + "/README.md)");
    }
    return matches.get(0);
  }

  private static Path directory() {
    URL url = Fixtures.class.getClassLoader().getResource(DIRECTORY);
    if (url == null || !"file".equals(url.getProtocol())) {
      throw new AssertionError("the captured fixtures are not on the test classpath as a directory: "
          + DIRECTORY + "/ resolved to " + url);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
