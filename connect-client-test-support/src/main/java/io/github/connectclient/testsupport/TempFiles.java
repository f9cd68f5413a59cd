package io.github.connectclient.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files for the connectors of a test cluster to read or write. */
public final class TempFiles {

  private TempFiles() {}

  /**
   * A new empty file {@code <prefix>...txt} in {@code target/connect-files/} of the module whose
   * tests run, as an absolute path (the workers are other processes).
   */
  public static Path tempFile(String prefix) {
    try {
      Path directory = Files.createDirectories(Path.of("target", "connect-files")).toAbsolutePath();
      return Files.createTempFile(directory, prefix, ".txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
