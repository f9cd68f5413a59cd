package io.github.connectclient.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Entry point of every long-lived child JVM (broker, Connect workers): ties the child's life to its
 * parent's.
 *
 * <p>Usage: {@code java -cp <this class> + <Kafka classpath> ChildMain <main class> [args...]}. A
 * daemon thread reads standard input, which the parent holds open and never writes; end of input
 * means the parent closed it ({@code Process.destroy()}) or died (even by {@code kill -9}). The
 * child then calls {@link System#exit} so that Kafka's and Connect's shutdown hooks run (a graceful
 * leave), and halts if they take longer than {@value #SHUTDOWN_GRACE_SECONDS} seconds.
 *
 * <p>This class is copied out of the testkit jar into a directory of its own at run time, so it
 * must stay self-contained: JDK classes only, no nested or anonymous classes, no other class of the
 * testkit.
 */
public final class ChildMain {

  /** How long shutdown hooks may run after the parent went away before the child halts. */
  static final int SHUTDOWN_GRACE_SECONDS = 30;

  private ChildMain() {}

  /**
   * Runs {@code args[0]}'s {@code main} with the remaining arguments, exiting when standard input
   * ends.
   *
   * @param args the main class, then its arguments
   * @throws Throwable whatever the main method throws
   */
  public static void main(String[] args) throws Throwable {
    if (args.length == 0) {
      System.err.println("usage: ChildMain <main class> [args...]");
      System.exit(2);
    }
    Thread watcher = new Thread(ChildMain::exitWhenStdinCloses, "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();

    Method main = Class.forName(args[0]).getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void exitWhenStdinCloses() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // The parent never writes; anything read is ignored.
      }
    } catch (IOException e) {
      // A broken pipe means the same as end of input.
    }
    System.err.println("ChildMain: standard input closed (parent gone or stopping us); exiting");
    Thread watchdog = new Thread(ChildMain::haltAfterGracePeriod, "shutdown-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    System.exit(0);
  }

  private static void haltAfterGracePeriod() {
    try {
      Thread.sleep(SHUTDOWN_GRACE_SECONDS * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.err.println(
        "ChildMain: shutdown hooks still running after " + SHUTDOWN_GRACE_SECONDS + " s; halting");
    Runtime.getRuntime().halt(1);
  }
}
