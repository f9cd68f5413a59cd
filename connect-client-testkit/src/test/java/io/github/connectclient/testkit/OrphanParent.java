package io.github.connectclient.testkit;

import java.io.File;
import java.nio.file.Path;

/**
 * The test JVM's stand-in in {@link ChildMainTest}: starts {@code ChildMain SleepingMain} as its
 * child the way the testkit does (standard input a pipe it holds), prints the child's pid, and
 * waits to be killed.
 */
public final class OrphanParent {

  private OrphanParent() {}

  /** {@code args}: the launcher directory, the child's output file. */
  public static void main(String[] args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                args[0],
                "io.github.connectclient.testkit.internal.ChildMain",
                SleepingMain.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(new File(args[1]))
            .start();
    System.out.println(child.pid());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
