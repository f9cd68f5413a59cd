package io.github.connectclient.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Plugin packages made from the test connector's classes, as users get them: a Confluent-Hub style
 * zip, and a Maven artifact (jar + POM) in a file repository with a settings.xml that adds it.
 */
final class PluginFixtures {

  static final String PACKAGE = "io.github.connectclient.testconnector.";
  static final String COUNTING = PACKAGE + "CountingSourceConnector";
  static final String BASE64 = PACKAGE + "Base64Transform";
  static final String DISCARD = PACKAGE + "DiscardSinkConnector";
  static final String ARTIFACT = "io.github.connectclient.fixture:base64-transform:1.0";

  private PluginFixtures() {}

  /** {@code counting-1.0.zip}: {@code counting-1.0/manifest.json} and {@code lib/counting.jar}. */
  static Path countingZip(Path dir) throws IOException {
    Path jar = jar(dir.resolve("counting.jar"), COUNTING, PACKAGE + "CountingSourceTask");
    Path zip = dir.resolve("counting-1.0.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream entries = new ZipOutputStream(out)) {
      entries.putNextEntry(new ZipEntry("counting-1.0/manifest.json"));
      entries.write("{\"name\":\"counting\",\"version\":\"1.0\"}".getBytes());
      entries.putNextEntry(new ZipEntry("counting-1.0/lib/counting.jar"));
      Files.copy(jar, entries);
      entries.closeEntry();
    }
    return zip;
  }

  /** {@code discard.jar}: the discarding sink connector alone. */
  static Path discardJar(Path dir) throws IOException {
    return jar(dir.resolve("discard.jar"), DISCARD, PACKAGE + "DiscardSinkTask");
  }

  /**
   * A file repository holding {@link #ARTIFACT}: the transform's classes, and a POM depending on
   * commons-codec (which it needs) and connect-api (which the worker provides); returns a
   * settings.xml that adds the repository.
   */
  static Path repositoryWithArtifact(Path dir) throws IOException {
    Path repository = dir.resolve("repository");
    Path version = repository.resolve("io/github/connectclient/fixture/base64-transform/1.0");
    Files.createDirectories(version);
    jar(version.resolve("base64-transform-1.0.jar"), BASE64);
    Files.writeString(
        version.resolve("base64-transform-1.0.pom"),
        "<project><modelVersion>4.0.0</modelVersion>"
            + "<groupId>io.github.connectclient.fixture</groupId>"
            + "<artifactId>base64-transform</artifactId><version>1.0</version>"
            + "<dependencies>"
            + dependency("commons-codec", "commons-codec", "1.17.1")
            + dependency("org.apache.kafka", "connect-api", "3.6.2")
            + "</dependencies></project>");
    Path settings = dir.resolve("settings.xml");
    Files.writeString(
        settings,
        "<settings><profiles><profile><id>fixture</id><repositories><repository>"
            + "<id>fixture</id><url>"
            + repository.toUri()
            + "</url></repository></repositories></profile></profiles>"
            + "<activeProfiles><activeProfile>fixture</activeProfile></activeProfiles></settings>");
    return settings;
  }

  private static String dependency(String group, String artifact, String version) {
    return "<dependency><groupId>"
        + group
        + "</groupId><artifactId>"
        + artifact
        + "</artifactId><version>"
        + version
        + "</version></dependency>";
  }

  /** A jar of the named classes, read from the test classpath. */
  private static Path jar(Path jar, String... classNames) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream entries = new JarOutputStream(out)) {
      for (String className : List.of(classNames)) {
        String name = className.replace('.', '/') + ".class";
        try (InputStream in = PluginFixtures.class.getClassLoader().getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalStateException(name + " is not on the test classpath");
          }
          entries.putNextEntry(new JarEntry(name));
          in.transferTo(entries);
          entries.closeEntry();
        }
      }
    }
    return jar;
  }
}
