package io.github.connectclient.testkit;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolver answers kept in memory for the JVM and on disk for the machine, one file per request
 * (keyed by its hash). A cached answer is used while every jar it names exists; one that lacks an
 * optional root is retried after {@link #RETRY_MISSING} (the mirror may have caught up).
 */
final class ResolutionCache {

  static final Duration RETRY_MISSING = Duration.ofHours(24);

  private static final System.Logger LOG = System.getLogger(ResolutionCache.class.getName());

  private final Path directory;
  private final Map<String, Resolution> memory = new HashMap<>();

  ResolutionCache(Path directory) {
    this.directory = directory;
  }

  /** The cached answer to {@code request}, or null. */
  Resolution get(Map<String, List<String>> request) {
    String key = key(request);
    Resolution resolution = memory.get(key);
    if (resolution == null) {
      resolution = read(directory.resolve(key + ".txt"));
    }
    if (resolution == null || !resolution.filesExist()) {
      return null;
    }
    memory.put(key, resolution);
    return resolution;
  }

  void put(Map<String, List<String>> request, Resolution resolution) {
    String key = key(request);
    memory.put(key, resolution);
    if (resolution.artifacts().isEmpty()) {
      return; // a failure: ask again next time
    }
    List<String> lines = new ArrayList<>();
    new TreeMap<>(request)
        .forEach((k, values) -> values.forEach(v -> lines.add("# " + k + "\t" + v)));
    resolution.answer().forEach((k, values) -> values.forEach(v -> lines.add(k + "\t" + v)));
    try {
      Files.createDirectories(directory);
      Path partial = Files.createTempFile(directory, key, ".part");
      Files.write(partial, lines, StandardCharsets.UTF_8);
      Files.move(
          partial,
          directory.resolve(key + ".txt"),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Cannot cache a resolution in " + directory, e);
    }
  }

  private static Resolution read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      Map<String, List<String>> answer = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          answer
              .computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
              .add(line.substring(tab + 1));
        }
      }
      Resolution resolution = new Resolution(answer);
      Instant retry = Files.getLastModifiedTime(file).toInstant().plus(RETRY_MISSING);
      boolean stale = !resolution.missing().isEmpty() && Instant.now().isAfter(retry);
      return stale ? null : resolution;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The request, sorted, hashed: the same request on the same machine is the same file. */
  static String key(Map<String, List<String>> request) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(request).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
