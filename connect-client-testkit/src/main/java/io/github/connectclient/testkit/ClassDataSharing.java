package io.github.connectclient.testkit;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Application class-data sharing for the broker and the workers: while a role has no archive yet,
 * one child of that role at a time dumps the classes it loaded when it exits ({@code
 * -XX:ArchiveClassesAtExit}, a few seconds added to its stop); later children of the role map that
 * archive ({@code -XX:SharedArchiveFile}) instead of loading and verifying those classes again:
 * about a third less CPU until the workers are healthy, which is what a 2-core machine runs short
 * of when three JVMs start at once.
 *
 * <p>Archives live in a cache directory keyed by the JDK and the exact classpath (a JVM ignores an
 * archive whose classpath does not match anyway). A dump is written under a unique name and renamed
 * once its JVM has exited, so concurrent test JVMs never see a half-written archive. Off with
 * {@code -Dconnect.testkit.cds=false}, and on JVMs other than HotSpot.
 */
final class ClassDataSharing {

  static final String ENABLED_PROPERTY = "connect.testkit.cds";

  private static final System.Logger LOG = System.getLogger(ClassDataSharing.class.getName());
  private static final Duration STALE_DUMP = Duration.ofHours(1);

  /** Archives being dumped by a child of this JVM: one dumper per archive is enough. */
  private static final Set<Path> DUMPING = ConcurrentHashMap.newKeySet();

  private final Path directory;

  private ClassDataSharing(Path directory) {
    this.directory = directory;
  }

  /** Whether this JVM's children can share classes: a HotSpot JDK and not switched off. */
  static boolean supported() {
    String vm = System.getProperty("java.vm.name", "");
    return !"false".equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY))
        && (vm.contains("HotSpot") || vm.contains("OpenJDK"));
  }

  /** Archives in {@code directory}; removes dumps that some killed run left half-written. */
  static ClassDataSharing in(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      Instant stale = Instant.now().minus(STALE_DUMP);
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.getFileName().toString().endsWith(".dump")
            && Files.getLastModifiedTime(file).toInstant().isBefore(stale)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Cannot clean " + directory, e);
    }
    return new ClassDataSharing(directory);
  }

  /** The JVM flags for a child of {@code role}, and what to do once it exited. */
  JvmCommand.Sharing forRole(String role) {
    Path archive = directory.resolve(role + ".jsa");
    List<String> quiet = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    if (Files.isRegularFile(archive)) {
      return new JvmCommand.Sharing(
          concat("-XX:SharedArchiveFile=" + archive, quiet), exitCode -> {});
    }
    if (!DUMPING.add(archive)) {
      return JvmCommand.Sharing.NONE;
    }
    Path dump = directory.resolve(role + "-" + UUID.randomUUID() + ".dump");
    return new JvmCommand.Sharing(
        concat("-XX:ArchiveClassesAtExit=" + dump, quiet),
        exitCode -> {
          publish(dump, archive, exitCode);
          DUMPING.remove(archive);
        });
  }

  /**
   * Renames a finished dump to the role's archive. The JVM writes the dump on its way out
   * (System.exit, SIGTERM, halt); after SIGKILL (137), or a crash, a dump may be half-written and
   * is deleted instead.
   */
  private static void publish(Path dump, Path archive, int exitCode) {
    boolean orderlyExit = exitCode == 0 || exitCode == 1 || exitCode == 143;
    try {
      if (orderlyExit
          && Files.isRegularFile(dump)
          && Files.size(dump) > 0
          && !Files.exists(archive)) {
        Files.move(dump, archive, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Cannot publish " + dump, e);
    } finally {
      try {
        Files.deleteIfExists(dump);
      } catch (IOException ignored) {
        // Removed as stale by a later run.
      }
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    return Stream.concat(Stream.of(first), rest.stream()).toList();
  }
}
