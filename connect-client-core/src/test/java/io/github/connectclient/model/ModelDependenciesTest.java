package io.github.connectclient.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public model stands on its own: no source file of it refers to the client's internals. */
class ModelDependenciesTest {

  private static final Path MODEL_SOURCES = Path.of("src/main/java/io/github/connectclient/model");

  @Test
  void modelSources_referToNoInternalPackage() throws IOException {
    List<Path> offenders;
    try (Stream<Path> files = Files.list(MODEL_SOURCES)) {
      offenders =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .filter(ModelDependenciesTest::mentionsInternals)
              .toList();
    }

    assertThat(offenders).isEmpty();
  }

  @Test
  void modelSources_areFound() throws IOException {
    try (Stream<Path> files = Files.list(MODEL_SOURCES)) {
      assertThat(files.map(file -> file.getFileName().toString())).contains("Redaction.java");
    }
  }

  private static boolean mentionsInternals(Path file) {
    try {
      return Files.readString(file).contains("io.github.connectclient.internal");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
