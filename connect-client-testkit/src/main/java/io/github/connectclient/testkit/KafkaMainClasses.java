package io.github.connectclient.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * The main classes of the Kafka tools the testkit runs, which moved between releases (Scala {@code
 * kafka.tools.ConsoleConsumer} in 3.6, {@code org.apache.kafka.tools.consumer.ConsoleConsumer} from
 * 3.7, ...): the first candidate present in the release's own jars.
 */
record KafkaMainClasses(String topicCommand, String consoleProducer, String consoleConsumer) {

  static KafkaMainClasses in(List<Path> jars) {
    List<Path> kafka =
        jars.stream()
            .filter(
                j -> {
                  String name = j.getFileName().toString();
                  return name.startsWith("kafka_2.13-") || name.startsWith("kafka-tools-");
                })
            .toList();
    return new KafkaMainClasses(
        first(kafka, "org.apache.kafka.tools.TopicCommand", "kafka.admin.TopicCommand"),
        first(kafka, "org.apache.kafka.tools.ConsoleProducer", "kafka.tools.ConsoleProducer"),
        first(
            kafka,
            "org.apache.kafka.tools.consumer.ConsoleConsumer",
            "kafka.tools.ConsoleConsumer"));
  }

  private static String first(List<Path> jars, String... candidates) {
    for (String candidate : candidates) {
      String entry = candidate.replace('.', '/') + ".class";
      for (Path jar : jars) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
          if (zip.getEntry(entry) != null) {
            return candidate;
          }
        } catch (IOException e) {
          throw new ConnectClusterException("Cannot read " + jar + ": " + e.getMessage());
        }
      }
    }
    throw new ConnectClusterException(
        "None of " + List.of(candidates) + " is in the Kafka jars " + jars);
  }
}
