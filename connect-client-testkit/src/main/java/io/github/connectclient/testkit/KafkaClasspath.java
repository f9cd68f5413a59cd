package io.github.connectclient.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jars the child JVMs run on: Kafka's own dependency closure, recorded when the testkit was
 * built (see {@code src/kafka-classpath/pom.xml}) and found in, or downloaded into, the local Maven
 * repository. Neither the testkit's nor the user's dependencies are on it, and none of it is on the
 * user's classpath.
 */
final class KafkaClasspath {

  static final String RESOURCE = "/META-INF/connect-client-testkit/kafka-classpath.txt";

  private static List<Path> jars;

  private KafkaClasspath() {}

  /** The resolved jars, in Maven's classpath order; resolved once per JVM. */
  static synchronized List<Path> jars() {
    if (jars == null) {
      jars =
          resolve(
              recorded(), LocalMavenRepository.locate(), ArtifactDownloader.fromSystemProperties());
    }
    return jars;
  }

  static List<Path> resolve(
      List<MavenArtifact> artifacts, Path repository, ArtifactDownloader downloader) {
    List<Path> files = new ArrayList<>(artifacts.size());
    for (MavenArtifact artifact : artifacts) {
      Path file = repository.resolve(artifact.repositoryPath());
      if (!Files.isRegularFile(file)) {
        downloader.download(artifact, file);
      }
      files.add(file);
    }
    return List.copyOf(files);
  }

  static List<MavenArtifact> recorded() {
    InputStream in = KafkaClasspath.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          RESOURCE
              + " is missing from the testkit jar (was it built without"
              + " the record-kafka-classpath step?)");
    }
    List<MavenArtifact> artifacts = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          artifacts.add(MavenArtifact.parse(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return List.copyOf(artifacts);
  }
}
