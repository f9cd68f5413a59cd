package io.github.connectclient.testkit;

import org.apache.kafka.common.utils.Exit;

/**
 * A stand-in for a Kafka command-line tool in {@link ChildMainTest}: ends with {@code Exit.exit} of
 * its first argument, as Kafka's tools do.
 */
public final class ExitingTool {

  private ExitingTool() {}

  public static void main(String[] args) {
    System.out.println("tool ran with " + args[0]);
    Exit.exit(Integer.parseInt(args[0]));
    System.out.println("exit returned into the tool");
  }
}
