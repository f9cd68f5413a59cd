package io.github.connectclient.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The directory of one cluster on disk: where it goes by default, clearing what a previous run left
 * in it, and deleting the broker's data.
 */
final class ClusterDirectory {

  /** The broker's {@code log.dirs}, inside the cluster directory. */
  static final String BROKER_DATA = "broker-data";

  private static final System.Logger LOG = System.getLogger(ConnectCluster.class.getName());

  private ClusterDirectory() {}

  /** {@code configured} as an absolute path; if null, a new {@link #defaultLocation()}. */
  static Path resolve(Path configured) {
    return configured != null ? configured.toAbsolutePath() : defaultLocation();
  }

  /**
   * {@code connect.testkit.dir} if set, else {@code target/connect-cluster} (Maven) or {@code
   * build/connect-cluster} (Gradle) in the working directory, else the temporary directory; then
   * one new directory per cluster.
   */
  private static Path defaultLocation() {
    String configured = System.getProperty("connect.testkit.dir");
    Path base;
    if (configured != null && !configured.isBlank()) {
      base = Path.of(configured);
    } else if (Files.isDirectory(Path.of("target"))) {
      base = Path.of("target", "connect-cluster");
    } else if (Files.isDirectory(Path.of("build"))) {
      base = Path.of("build", "connect-cluster");
    } else {
      base = Path.of(System.getProperty("java.io.tmpdir"), "connect-cluster");
    }
    String name =
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"))
            + "-"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    return base.resolve(name).toAbsolutePath();
  }

  /**
   * Creates {@code directory}, or leaves one a previous run may have used ({@link
   * ConnectClusterBuilder#logDirectory(Path)}) without stale logs.
   */
  static void prepare(Path directory) {
    try {
      Files.createDirectories(directory);
      deleteRecursively(directory.resolve(BROKER_DATA));
      deleteRecursively(directory.resolve("tools"));
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = file.getFileName().toString();
          if (name.equals("broker.log") || name.matches("worker-\\d+\\.log")) {
            Files.delete(file);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare " + directory, e);
    }
  }

  /** Deletes the broker's data in {@code directory}; logs a warning if that fails. */
  static void deleteBrokerData(Path directory) {
    deleteRecursively(directory.resolve(BROKER_DATA));
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot delete " + path, e);
    }
  }
}
