package io.github.connectclient.benchmarks.stub;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of this module in a new JVM on this JVM's class path. */
public final class ChildJvm {

  private ChildJvm() {}

  /**
   * Starts {@code mainClass} in a child JVM; its standard error goes to ours.
   *
   * @param mainClass the class to run
   * @param args its arguments
   * @return the running process
   * @throws IOException if it cannot be started
   */
  public static Process start(Class<?> mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }
}
