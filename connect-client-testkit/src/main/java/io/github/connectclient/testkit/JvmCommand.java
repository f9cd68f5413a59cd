package io.github.connectclient.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A child JVM's command line, and what to do with its exit code once it exited (publish its
 * class-data archive).
 */
record JvmCommand(List<String> arguments, IntConsumer afterExit) {

  JvmCommand {
    arguments = List.copyOf(arguments);
  }

  /** Starts the command with {@code builder}'s redirections and directory. */
  Process start(ProcessBuilder builder) {
    try {
      Process process = builder.command(arguments).start();
      process.onExit().thenAccept(exited -> afterExit.accept(exited.exitValue()));
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + arguments, e);
    }
  }

  /** Class-data sharing flags for one child and the action that publishes its archive. */
  record Sharing(List<String> flags, IntConsumer afterExit) {

    static final Sharing NONE = new Sharing(List.of(), exitCode -> {});
  }
}
