package io.github.connectclient.testkit;

/**
 * A stand-in for Kafka's main classes in {@link ChildMainTest}: sleeps until the JVM exits, saying
 * so in a hook.
 */
public final class SleepingMain {

  private SleepingMain() {}

  public static void main(String[] args) throws InterruptedException {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
    System.out.println("sleeping");
    Thread.sleep(Long.MAX_VALUE);
  }
}
