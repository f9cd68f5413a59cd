package io.github.connectclient.it;

import static io.github.connectclient.testsupport.TempFiles.tempFile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.model.State;
import io.github.connectclient.testsupport.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Data really flows: file → FileStreamSource → topic → FileStreamSink → file. */
class DataFlowIT extends SharedClusterIT {

  @Test
  void linesWrittenToTheSourceFile_arriveInTheSinkFile() {
    String name = uniqueName("flow");
    String topic = name + "-topic";
    Path input = tempFile(name + "-in");
    Path output = tempFile(name + "-out");
    List<String> lines = List.of("first line", "second line", "third line with ünïcode");
    ConnectorLifecycleIT.writeLines(input, lines.toArray(String[]::new));

    follower.createConnector(name + "-source", fileSource(input, topic));
    follower.createConnector(name + "-sink", fileSink(topic, output));
    follower.awaitConnectorState(name + "-source", State.RUNNING, Duration.ofSeconds(60));
    follower.awaitConnectorState(name + "-sink", State.RUNNING, Duration.ofSeconds(60));

    List<String> written =
        Eventually.await(
            "lines in " + output,
            Duration.ofSeconds(60),
            () -> read(output),
            got -> got.size() >= lines.size());
    assertThat(written).containsExactlyElementsOf(lines);
    assertThat(cluster.consume(topic, 3, Duration.ofSeconds(10))).containsExactlyElementsOf(lines);

    follower.deleteConnector(name + "-source");
    follower.deleteConnector(name + "-sink");
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
