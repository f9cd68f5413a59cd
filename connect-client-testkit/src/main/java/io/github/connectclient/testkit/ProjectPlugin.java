package io.github.connectclient.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A plugin found on the test's classpath: the classes directory or jar holding a class, and where
 * its runtime dependencies come from: the {@code pom.xml} of the Maven module whose {@code target/}
 * holds it (the connector the user's own module builds), else the {@code pom.properties} a jar
 * carries, else none.
 */
record ProjectPlugin(Path location, Path pom, String coordinates) {

  /**
   * Where {@code className} is, read as a resource of {@code loader} (the class is not loaded).
   *
   * @throws ConnectClusterException if the class is not on that classpath
   */
  static ProjectPlugin of(String className, ClassLoader loader) {
    String resource = className.replace('.', '/') + ".class";
    URL url = loader.getResource(resource);
    if (url == null) {
      throw new ConnectClusterException("Plugin class " + className + " is not on the classpath");
    }
    Path location = location(url, resource);
    Path module = location.getParent() != null ? location.getParent().getParent() : null;
    boolean inTarget =
        location.getParent() != null
            && location.getParent().getFileName().toString().equals("target");
    if (inTarget && module != null && Files.isRegularFile(module.resolve("pom.xml"))) {
      return new ProjectPlugin(location, module.resolve("pom.xml"), null);
    }
    return new ProjectPlugin(
        location, null, Files.isRegularFile(location) ? pomProperties(location) : null);
  }

  /**
   * Copies the classes (packed into a jar) or the jar, and the dependencies, into {@code
   * directory}.
   */
  void install(Path directory, MavenResolver resolver) {
    if (Files.isDirectory(location)) {
      pack(
          location,
          directory.resolve(location.getParent().getParent().getFileName() + "-classes.jar"));
    } else {
      PluginInstaller.copy(location, directory);
    }
    Map<String, List<String>> request = new HashMap<>();
    request.put("excludes", PluginInstaller.KAFKA_OWN);
    if (pom != null) {
      request.put("project", List.of(pom.toString()));
      // A project's pom may change at any time: resolved anew (from the local repository, ~1 s).
      resolver
          .resolve(request, false)
          .artifacts()
          .forEach(a -> PluginInstaller.copy(a.file(), directory));
    } else if (coordinates != null) {
      request.put("roots", List.of(coordinates));
      Resolution resolution = resolver.resolve(request, true);
      PluginInstaller.requireResolved(resolution, coordinates);
      resolution.artifacts().stream()
          .filter(a -> !a.coordinates().equals(coordinates))
          .forEach(a -> PluginInstaller.copy(a.file(), directory));
    }
  }

  private static Path location(URL url, String resource) {
    try {
      if (url.getProtocol().equals("jar")) {
        String file = url.getPath();
        return Path.of(new URL(file.substring(0, file.indexOf("!/"))).toURI());
      }
      Path classFile = Path.of(url.toURI());
      Path root = classFile;
      for (int i = 0; i < resource.split("/").length; i++) {
        root = root.getParent();
      }
      return root;
    } catch (URISyntaxException | IOException e) {
      throw new ConnectClusterException("Cannot locate " + url + ": " + e.getMessage());
    }
  }

  /**
   * {@code groupId:artifactId:version} from the jar's only {@code
   * META-INF/maven/.../pom.properties}.
   */
  private static String pomProperties(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> found =
          file.stream()
              .filter(e -> e.getName().matches("META-INF/maven/[^/]+/[^/]+/pom.properties"))
              .toList();
      if (found.size() != 1) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(file.getInputStream(found.get(0)));
      return properties.getProperty("groupId")
          + ":"
          + properties.getProperty("artifactId")
          + ":"
          + properties.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * {@code classes} as a jar: Connect ignores loose class files in a directory that also has jars.
   */
  private static void pack(Path classes, Path jar) {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot pack " + classes + " into " + jar, e);
    }
  }
}
