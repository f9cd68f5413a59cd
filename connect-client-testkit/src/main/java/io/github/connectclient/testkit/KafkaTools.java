package io.github.connectclient.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Topic creation, producing and consuming through Kafka's own console tools, each in a short-lived
 * child JVM on the Kafka classpath, so that kafka-clients never lands on the user's test classpath
 * (see docs/decisions/0002-testkit-child-jvms.md). Each run leaves {@code tools/NNN-tool.err} (and
 * {@code .out}).
 */
final class KafkaTools {

  static final Duration GROUP_JOIN_ALLOWANCE = Duration.ofSeconds(5);

  /** JVM start plus client bootstrap, on top of the caller's own timeout. */
  private static final Duration TOOL_OVERHEAD = Duration.ofSeconds(60);

  private final KafkaJvm jvm;
  private final KafkaMainClasses mainClasses;
  private final Path directory;
  private final String bootstrapServers;
  private final AtomicInteger runs = new AtomicInteger();

  KafkaTools(KafkaJvm jvm, Path directory, String bootstrapServers) {
    this.jvm = jvm;
    this.mainClasses = jvm.mainClasses();
    this.directory = directory;
    this.bootstrapServers = bootstrapServers;
  }

  void createTopic(String topic, int partitions) {
    run(
        "topic-command",
        mainClasses.topicCommand(),
        List.of(
            "--bootstrap-server",
            bootstrapServers,
            "--create",
            "--topic",
            topic,
            "--partitions",
            Integer.toString(partitions),
            "--replication-factor",
            "1"),
        null,
        Duration.ZERO);
  }

  void produce(String topic, List<String> values) {
    // KIP-1147 (4.2) renamed --producer-property, which later releases deprecate.
    String propertyOption =
        jvm.distribution().release().atLeast(4, 2) ? "--command-property" : "--producer-property";
    StringBuilder input = new StringBuilder();
    for (String value : values) {
      if (value == null || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
        throw new IllegalArgumentException(
            "produce() sends one record per line: values must be non-null"
                + " and without line breaks, got "
                + (value == null ? "null" : "'" + value + "'"));
      }
      input.append(value).append('\n');
    }
    // --sync: each send waits for its acknowledgement, so a failure shows in the exit code;
    // linger.ms=0, or each
    // of those sends first waits the tool's default linger of 1 s.
    run(
        "console-producer",
        mainClasses.consoleProducer(),
        List.of(
            "--bootstrap-server",
            bootstrapServers,
            "--topic",
            topic,
            "--sync",
            propertyOption,
            "acks=all",
            propertyOption,
            "linger.ms=0"),
        input.toString(),
        Duration.ZERO);
  }

  /**
   * Writes the ServiceLoader manifests that the plugins under {@code pluginPaths} lack (Kafka's
   * {@code connect-plugin-path sync-manifests}, KIP-898, into each plugin's directory).
   */
  void syncPluginManifests(List<Path> pluginPaths) {
    List<String> args = new ArrayList<>(List.of("sync-manifests"));
    pluginPaths.forEach(p -> args.addAll(List.of("--plugin-path", p.toString())));
    run(
        "connect-plugin-path",
        "org.apache.kafka.tools.ConnectPluginPath",
        args,
        null,
        Duration.ZERO);
  }

  List<String> consume(String topic, int count, Duration timeout) {
    // The console consumer's idle timer starts before it has joined its group and got its
    // partitions (1-3 s,
    // more on a busy machine): without an allowance a short timeout would see no record at all.
    Duration idle = timeout.plus(GROUP_JOIN_ALLOWANCE);
    Path out =
        run(
            "console-consumer",
            mainClasses.consoleConsumer(),
            List.of(
                "--bootstrap-server",
                bootstrapServers,
                "--topic",
                topic,
                "--from-beginning",
                "--max-messages",
                Integer.toString(count),
                "--timeout-ms",
                Long.toString(idle.toMillis())),
            null,
            idle);
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
      return List.copyOf(lines.subList(0, Math.min(count, lines.size())));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + out, e);
    }
  }

  /**
   * Runs one tool and returns the file holding its standard output. A consumer that times out
   * before {@code --max-messages} is not an error: the caller gets the records that did arrive.
   */
  private Path run(
      String name, String mainClass, List<String> args, String stdin, Duration timeout) {
    String id = String.format("%03d-%s", runs.incrementAndGet(), name);
    Path tools = directory.resolve("tools");
    Path out = tools.resolve(id + ".out");
    Path err = tools.resolve(id + ".err");
    try {
      Files.createDirectories(tools);
      ProcessBuilder builder =
          new ProcessBuilder()
              .directory(directory.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      if (stdin != null) {
        Path in = tools.resolve(id + ".in");
        Files.writeString(in, stdin, StandardCharsets.UTF_8);
        builder.redirectInput(in.toFile());
      }
      Process process = jvm.tool(name, mainClass, args).start(builder);
      process.getOutputStream().close();
      if (!process.waitFor(
          timeout.plus(TOOL_OVERHEAD).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw failure(name + " did not finish in " + timeout.plus(TOOL_OVERHEAD), err);
      }
      boolean consumerTimedOut =
          mainClasses.consoleConsumer().equals(mainClass)
              && Files.readString(err).contains("TimeoutException");
      if (process.exitValue() != 0 && !consumerTimedOut) {
        throw failure(
            name + " " + String.join(" ", args) + " exited with " + process.exitValue(), err);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + name, e);
    }
  }

  private static ConnectClusterException failure(String what, Path err) {
    return new ConnectClusterException(
        what + "\n--- " + err + " ---\n" + LogTail.of(err, ChildProcess.TAIL_LINES));
  }
}
