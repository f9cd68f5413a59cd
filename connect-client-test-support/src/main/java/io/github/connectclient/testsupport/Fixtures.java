package io.github.connectclient.testsupport;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;

/**
 * Response bodies captured from a real Kafka Connect cluster, on the classpath of every module's
 * tests as {@code fixtures/<what>.<status>.json} (see {@code fixtures/README.md} beside them):
 * {@code body("connector-status")} is what {@code GET /connectors/fixture-source/status} answered,
 * {@code status("connector-status")} the HTTP status it came with.
 */
public final class Fixtures {

  /**
   * Where the captured files are kept in the source tree, from the repository root; {@code
   * FixtureCaptureIT} rewrites them there.
   */
  public static final String SOURCE_FOLDER =
      "connect-client-test-support/src/main/resources/fixtures";

  private static final String FOLDER = "fixtures";
  private static final Pattern FILE_NAME = Pattern.compile("(.+)\\.(\\d{3})\\.json");
  private static final Moshi MOSHI = new Moshi.Builder().build();

  private Fixtures() {}

  /** The captured body of {@code what}, exactly as the server sent it. */
  public static String body(String what) {
    String resource = FOLDER + "/" + file(what);
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError(resource + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The HTTP status {@code what} was captured with. */
  public static int status(String what) {
    Matcher name = FILE_NAME.matcher(file(what));
    if (!name.matches()) {
      throw new AssertionError("not a fixture file name: " + file(what));
    }
    return Integer.parseInt(name.group(2));
  }

  /**
   * The captured answer {@code what} for MockWebServer: its status and body, labelled {@code
   * application/json} as Connect's resources label theirs.
   */
  public static MockResponse answer(String what) {
    return new MockResponse.Builder()
        .code(status(what))
        .setHeader("Content-Type", "application/json")
        .body(body(what))
        .build();
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
      } else if (key instanceof String name
          && value instanceof Map<?, ?> map
          && map.containsKey(name)) {
        value = map.get(name);
      } else {
        throw new AssertionError(
            "fixture " + what + " has nothing at " + List.of(keys) + " (stuck at " + key + ")");
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
    return Listing.FILES.stream()
        .map(FILE_NAME::matcher)
        .filter(Matcher::matches)
        .map(name -> name.group(1))
        .sorted()
        .toList();
  }

  private static String file(String what) {
    List<String> matches =
        Listing.FILES.stream()
            .filter(
                file -> {
                  Matcher name = FILE_NAME.matcher(file);
                  return name.matches() && name.group(1).equals(what);
                })
            .toList();
    if (matches.size() != 1) {
      throw new AssertionError(
          "expected one fixture "
              + FOLDER
              + "/"
              + what
              + ".<status>.json but found "
              + matches
              + "; captured fixtures are "
              + names()
              + " (re-capture: see "
              + FOLDER
              + "/README.md)");
    }
    return matches.get(0);
  }

  /**
   * The file names in {@code fixtures/}, listed once: from the folder of this module's classes when
   * the build runs it from the reactor, from its jar when it comes from the local repository.
   */
  private static final class Listing {

    static final List<String> FILES = list();

    private static List<String> list() {
      URL url = Fixtures.class.getResource("/" + FOLDER);
      if (url == null) {
        throw new AssertionError(
            "the captured fixtures are not on the classpath: no " + FOLDER + "/");
      }
      try {
        URI uri = url.toURI();
        if (!"jar".equals(uri.getScheme())) {
          return fileNames(Path.of(uri));
        }
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return fileNames(jar.getPath("/" + FOLDER));
        } catch (FileSystemAlreadyExistsException openElsewhere) {
          return fileNames(FileSystems.getFileSystem(uri).getPath("/" + FOLDER));
        }
      } catch (URISyntaxException e) {
        throw new AssertionError(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static List<String> fileNames(Path folder) throws IOException {
      try (Stream<Path> files = Files.list(folder)) {
        return files.map(file -> file.getFileName().toString()).sorted().toList();
      }
    }
  }
}
