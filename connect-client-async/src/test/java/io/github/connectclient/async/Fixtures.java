package io.github.connectclient.async;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;

/**
 * The response bodies captured from a real Kafka Connect 4.3.1 cluster, read from core's one copy
 * ({@code connect-client-core/src/test/resources/fixtures/}, see its README) so that this module
 * replays the same ones: {@code fixtures/<what>.<status>.json}.
 */
final class Fixtures {

  private static final Path DIRECTORY = Path.of("connect-client-core", "src", "test", "resources", "fixtures");
  private static final Pattern FILE_NAME = Pattern.compile("(.+)\\.(\\d{3})\\.json");

  private Fixtures() {}

  /** The captured body of {@code what}, exactly as the server sent it. */
  static String body(String what) {
    try {
      return Files.readString(file(what), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The HTTP status {@code what} was captured with. */
  static int status(String what) {
    Matcher name = FILE_NAME.matcher(file(what).getFileName().toString());
    if (!name.matches()) {
      throw new AssertionError("not a fixture file name: " + file(what));
    }
    return Integer.parseInt(name.group(2));
  }

  /** The captured answer {@code what}: its status and body, labelled {@code application/json}. */
  static MockResponse answer(String what) {
    return new MockResponse.Builder()
        .code(status(what))
        .setHeader("Content-Type", "application/json")
        .body(body(what))
        .build();
  }

  /** A string inside the captured JSON body; see {@link #at}. */
  static String text(String what, Object... keys) {
    return (String) at(what, keys);
  }

  /**
   * A value inside the captured JSON body, read with a plain Moshi (not the client's codec): map
   * keys are {@code String}s, list indexes {@code Integer}s, numbers come back as {@code Double}.
   * {@code at("connector-status", "tasks", 0, "worker_id")}.
   */
  static Object at(String what, Object... keys) {
    Object value;
    try {
      value = new Moshi.Builder().build().adapter(Object.class).fromJson(body(what));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Object key : keys) {
      if (key instanceof Integer index && value instanceof List<?> list) {
        value = list.get(index);
      } else if (key instanceof String name && value instanceof Map<?, ?> map && map.containsKey(name)) {
        value = map.get(name);
      } else {
        throw new AssertionError("fixture " + what + " has nothing at " + List.of(keys));
      }
    }
    return value;
  }

  private static Path file(String what) {
    Path directory = directory();
    List<Path> matches;
    try (Stream<Path> files = Files.list(directory)) {
      matches = files.filter(file -> {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        return name.matches() && name.group(1).equals(what);
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (matches.size() != 1) {
      throw new AssertionError("expected one fixture " + what + ".<status>.json in " + directory
          + " but found " + matches + " (re-capture: see the README there)");
    }
    return matches.get(0);
  }

  /** Core's fixture directory, from this module's directory (where surefire runs) or the root. */
  private static Path directory() {
    Path here = Path.of("").toAbsolutePath();
    for (Path candidate : List.of(here.resolveSibling(DIRECTORY), here.resolve(DIRECTORY))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("core's captured fixtures are not at " + here.resolveSibling(DIRECTORY)
        + " nor " + here.resolve(DIRECTORY));
  }
}
