package io.github.connectclient.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * What one run of the tour creates: connector and topic names, and the files the connectors use.
 *
 * <p>On the embedded cluster the workers share this machine, so the tour writes an input file for
 * the source and can create the sink's missing directory. Against an existing cluster ({@code
 * --url}) the workers may be elsewhere: the names get a random suffix and the tour writes no file
 * at all, so nothing is left behind.
 *
 * @param source the FileStreamSource connector
 * @param sink the FileStreamSink connector whose task fails on purpose
 * @param topic the topic the source writes and the sink reads
 * @param inputFile the file the source reads
 * @param sinkFile the file the sink writes, in a directory that does not exist at first
 * @param localFiles whether the workers see this machine's files (embedded cluster)
 */
record TourPlan(
    String source, String sink, String topic, Path inputFile, Path sinkFile, boolean localFiles) {

  /** The lines the source reads on the embedded cluster. */
  static final List<String> INPUT_LINES =
      List.of(
          "Kafka Connect streams data",
          "between Apache Kafka",
          "and other systems,",
          "scalably and reliably.",
          "This is the connect-client tour.");

  /** The tutorial's names, and an input file in a new temporary directory. */
  static TourPlan local() throws IOException {
    Path directory = Files.createTempDirectory("connect-tour-");
    Path input = directory.resolve("input.txt");
    Files.write(input, INPUT_LINES);
    return new TourPlan(
        "local-file-source",
        "local-file-sink",
        "connect-test",
        input,
        directory.resolve("missing").resolve("out.txt"),
        true);
  }

  /** Unique names, and paths under {@code /tmp} that the tour never creates. */
  static TourPlan remote() {
    String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
    Path directory = Path.of("/tmp", "connect-tour-" + suffix);
    return new TourPlan(
        "local-file-source-" + suffix,
        "local-file-sink-" + suffix,
        "connect-test-" + suffix,
        directory.resolve("input.txt"),
        directory.resolve("missing").resolve("out.txt"),
        false);
  }

  /** Deletes the local files of {@link #local()}; nothing for {@link #remote()}. */
  void deleteLocalFiles() {
    if (!localFiles) {
      return;
    }
    try (Stream<Path> walk = Files.walk(inputFile.getParent())) {
      for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      System.err.println("Could not delete " + inputFile.getParent() + ": " + e);
    }
  }
}
