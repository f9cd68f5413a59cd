package io.github.connectclient.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** One child JVM and the file its standard output and error go to. */
final class ChildProcess {

  static final int TAIL_LINES = 40;

  private final String name;
  private final Process process;
  private final Path log;

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code command} with its output (and error) appended to {@code log}. Standard input
   * stays a pipe that this JVM holds open: {@link
   * io.github.connectclient.testkit.internal.ChildMain} exits when it closes.
   */
  static ChildProcess start(String name, JvmCommand command, Path log, Path workingDirectory) {
    ProcessBuilder builder =
        new ProcessBuilder()
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new ChildProcess(name, command.start(builder), log);
  }

  String name() {
    return name;
  }

  Path log() {
    return log;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Graceful: SIGTERM (and end of standard input), then SIGKILL if it is still running after {@code
   * grace}.
   */
  void stop(Duration grace) {
    process.destroy();
    if (!waitFor(grace)) {
      kill();
    }
  }

  /** Ungraceful, like {@code kill -9}; returns once the process is gone. */
  void kill() {
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(30));
  }

  /** True if the process ended within {@code timeout}. */
  boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + name, e);
    }
  }

  int exitValue() {
    return process.exitValue();
  }

  /** The whole log so far (decoding errors replaced, so a half-written character does no harm). */
  String logText() {
    try {
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** The last {@value #TAIL_LINES} lines of the log, for error messages. */
  String tail() {
    return LogTail.of(log, TAIL_LINES);
  }

  /** The resident set size from {@code /proc/<pid>/status} (Linux only). */
  OptionalLong rssBytes() {
    if (!isAlive()) {
      return OptionalLong.empty();
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          String kb = line.substring("VmRSS:".length()).replace("kB", "").trim();
          return OptionalLong.of(Long.parseLong(kb) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or the process just ended.
    }
    return OptionalLong.empty();
  }

  /** A failure report naming this process, its log, and the log's tail. */
  ConnectClusterException failure(String what) {
    return new ConnectClusterException(
        what + "\n--- last " + TAIL_LINES + " lines of " + log + " ---\n" + tail());
  }
}
