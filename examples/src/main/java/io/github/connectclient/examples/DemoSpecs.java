package io.github.connectclient.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The three spec files {@link Apply} writes when given no directory: the tour's file source and
 * sink, plus a sink created STOPPED. The sink carries an {@code api.token} (unused by the
 * connector) to show that plans mask secrets.
 */
final class DemoSpecs {

  static final List<String> NAMES =
      List.of("apply-file-source", "apply-file-sink", "apply-archive");

  private DemoSpecs() {}

  /** Writes the specs (and the source's input file) into {@code dir}; returns {@code dir}. */
  static Path write(Path dir) throws IOException {
    Path input = Files.write(dir.resolve("input.txt"), TourPlan.INPUT_LINES);
    Files.writeString(
        dir.resolve("source.json"),
        """
        {
          "name": "apply-file-source",
          "config": {
            "connector.class": "FileStreamSource",
            "tasks.max": 1,
            "file": "%s",
            "topic": "apply-test"
          }
        }
        """
            .formatted(input));
    Files.writeString(
        dir.resolve("sinks.json"),
        """
        [
          {
            "name": "apply-file-sink",
            "config": {
              "connector.class": "FileStreamSink",
              "tasks.max": 1,
              "file": "%s",
              "topics": "apply-test",
              "api.token": "demo-s3cret-token"
            }
          },
          {
            "name": "apply-archive",
            "config": {
              "connector.class": "FileStreamSink",
              "tasks.max": 1,
              "file": "%s",
              "topics": "apply-test"
            },
            "state": "STOPPED"
          }
        ]
        """
            .formatted(dir.resolve("out.txt"), dir.resolve("archive.txt")));
    return dir;
  }
}
