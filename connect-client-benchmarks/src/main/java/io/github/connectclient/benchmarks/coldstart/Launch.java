package io.github.connectclient.benchmarks.coldstart;

import io.github.connectclient.benchmarks.stub.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** One launch of a cold-start program: from starting its JVM to reading its answer line. */
public final class Launch {

  private Launch() {}

  /**
   * Starts {@code main} in a new JVM and waits for its answer line.
   *
   * @param main the cold-start program
   * @param args its arguments
   * @return the answer, without the prefix
   * @throws IOException if it cannot start or exits without answering
   */
  public static String firstAnswer(Class<?> main, String... args) throws IOException {
    Process process = ChildJvm.start(main, args);
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(Answer.PREFIX)) {
          // The program halts right after this line; the JDK reaps it, off the clock.
          return line.substring(Answer.PREFIX.length());
        }
      }
    }
    process.destroyForcibly();
    throw new IOException(main.getSimpleName() + " exited without an answer");
  }
}
