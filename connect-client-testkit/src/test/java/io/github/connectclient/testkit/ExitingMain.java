package io.github.connectclient.testkit;

import org.apache.kafka.common.utils.Exit;

/**
 * A stand-in for a Kafka main class in {@link ChildMainTest} that ends itself with {@code
 * Exit.exit(5)}, as the broker does on a fatal error.
 */
public final class ExitingMain {

  private ExitingMain() {}

  public static void main(String[] args) {
    System.out.println("main ran");
    Exit.exit(5);
  }
}
