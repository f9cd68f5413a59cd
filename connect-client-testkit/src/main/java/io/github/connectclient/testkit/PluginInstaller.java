package io.github.connectclient.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Lays out the user's plugins under {@code <cluster>/plugins/}, one directory per plugin as
 * Connect's {@code plugin.path} expects (each gets its own isolated class loader): copies of jars,
 * of directories of jars, the contents of a Confluent-Hub style zip, an artifact with its runtime
 * dependencies, or a project's classes (packed into a jar) with its dependencies. Kafka's own
 * artifacts are left out: the worker provides them.
 */
final class PluginInstaller {

  /** Never part of a plugin directory: the worker's classpath has them. */
  static final List<String> KAFKA_OWN = List.of("org.apache.kafka:*", "org.slf4j:*");

  private final Path root;
  private final MavenResolver resolver;
  private int installed;

  PluginInstaller(Path root, MavenResolver resolver) {
    this.root = root;
    this.resolver = resolver;
  }

  /**
   * Installs {@code sources} and returns the plugin root.
   *
   * @throws ConnectClusterException if a path does not exist or an artifact does not resolve
   */
  Path install(List<PluginSource> sources) {
    for (PluginSource source : sources) {
      if (source instanceof PluginSource.Local local) {
        installLocal(local.path().toAbsolutePath());
      } else if (source instanceof PluginSource.Artifact artifact) {
        Map<String, List<String>> request = new HashMap<>();
        request.put("roots", List.of(artifact.coordinates()));
        request.put("excludes", KAFKA_OWN);
        Resolution resolution = resolver.resolve(request, true);
        requireResolved(resolution, artifact.coordinates());
        Path directory = next(artifact.coordinates().split(":")[1]);
        resolution.artifacts().forEach(a -> copy(a.file(), directory));
      } else if (source instanceof PluginSource.Classpath classpath) {
        ProjectPlugin.of(classpath.className(), classpath.loader())
            .install(next(classpath.simpleName()), resolver);
      }
    }
    return root;
  }

  private void installLocal(Path path) {
    if (!Files.exists(path)) {
      throw new ConnectClusterException("Plugin " + path + " does not exist");
    }
    String name = path.getFileName().toString();
    Path directory = next(name.replaceFirst("\\.(jar|zip)$", ""));
    if (Files.isDirectory(path)) {
      copyTree(path, directory);
    } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
      unzip(path, directory);
    } else {
      copy(path, directory);
    }
  }

  /** A new directory for the next plugin: {@code NN-name}, so two plugins never share one. */
  private Path next(String name) {
    Path directory =
        root.resolve(String.format("%02d-%s", ++installed, name.replaceAll("[^\\w.-]", "_")));
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + directory, e);
    }
    return directory;
  }

  static void requireResolved(Resolution resolution, String what) {
    if (!resolution.missing().isEmpty() || resolution.artifacts().isEmpty()) {
      throw new ConnectClusterException(
          "Plugin "
              + what
              + " cannot be resolved: "
              + resolution.missing().stream().map(Resolution.Missing::reason).toList()
              + " [repositories: "
              + String.join(", ", resolution.repositories())
              + "]");
    }
  }

  static void copy(Path file, Path directory) {
    try {
      Files.copy(file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy " + file + " to " + directory, e);
    }
  }

  private static void copyTree(Path source, Path target) {
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path from : (Iterable<Path>) walk::iterator) {
        Path to = target.resolve(source.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy " + source + " to " + target, e);
    }
  }

  /**
   * Unpacks {@code zip} (a Confluent-Hub archive: {@code <name>/lib/*.jar}, ...) into {@code
   * target}.
   */
  private static void unzip(Path zip, Path target) {
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        Path to = target.resolve(entry.getName()).normalize();
        if (!to.startsWith(target)) {
          throw new ConnectClusterException("Zip entry outside its directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(to);
        } else {
          Files.createDirectories(to.getParent());
          Files.copy(entries, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unpack " + zip, e);
    }
  }
}
