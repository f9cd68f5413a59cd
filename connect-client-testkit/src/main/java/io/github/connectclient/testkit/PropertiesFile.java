package io.github.connectclient.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Writes a Java properties file that Kafka reads back exactly (ISO-8859-1 with escapes, as Kafka
 * loads it).
 */
final class PropertiesFile {

  private PropertiesFile() {}

  static void write(Path file, Map<String, String> entries) {
    Properties properties = new Properties();
    properties.putAll(entries);
    try (OutputStream out = Files.newOutputStream(file)) {
      properties.store(out, "written by connect-client-testkit");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
