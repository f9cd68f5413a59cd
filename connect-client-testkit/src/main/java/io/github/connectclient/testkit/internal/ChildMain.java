package io.github.connectclient.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;

/**
 * Entry point of every long-lived child JVM (broker, Connect workers): ties the child's life to its
 * parent's.
 *
 * <p>Usage: {@code java -cp <this class> + <Kafka classpath> ChildMain [--first <tool class> <n> <n
 * tool args>] <main class> [args...]}. A daemon thread reads standard input, which the parent holds
 * open and never writes; end of input means the parent closed it ({@code Process.destroy()}) or
 * died (even by {@code kill -9}). The child then calls {@link System#exit} so that Kafka's and
 * Connect's shutdown hooks run (a graceful leave), and halts if they take longer than {@value
 * #SHUTDOWN_GRACE_SECONDS} seconds.
 *
 * <p>{@code --first} runs a Kafka command-line tool's {@code main} in this JVM before the main
 * class (the broker's storage format before the broker: one JVM start instead of two). Kafka's
 * tools end with {@code Exit.exit} ({@code org.apache.kafka.common.utils}, {@code
 * ...utils.internals} from 4.4); while the tool runs, its exit procedure records the code instead
 * of exiting. A non-zero code ends the child with it.
 *
 * <p>This class is copied out of the testkit jar into a directory of its own at run time, so it
 * must stay self-contained: JDK classes only, no nested or anonymous classes, no other class of the
 * testkit.
 */
public final class ChildMain {

  /** How long shutdown hooks may run after the parent went away before the child halts. */
  static final int SHUTDOWN_GRACE_SECONDS = 30;

  /** Runs a tool in this JVM before the main class. */
  public static final String FIRST = "--first";

  /** Kafka's {@code Exit} class: moved to an {@code internals} package in 4.4. */
  private static final String[] KAFKA_EXIT = {
    "org.apache.kafka.common.utils.internals.Exit", "org.apache.kafka.common.utils.Exit"
  };

  private ChildMain() {}

  /**
   * Runs {@code args[0]}'s {@code main} with the remaining arguments, exiting when standard input
   * ends; with {@code --first}, runs that tool first.
   *
   * @param args {@code --first}, the tool, its argument count and arguments (optional); then the
   *     main class and its arguments
   * @throws Throwable whatever the main method throws
   */
  public static void main(String[] args) throws Throwable {
    boolean first = args.length >= 3 && FIRST.equals(args[0]);
    int start = first ? 3 + Integer.parseInt(args[2]) : 0;
    if (args.length <= start) {
      System.err.println(
          "usage: ChildMain [--first <tool class> <n> <n args>] <main class> [args...]");
      System.exit(2);
    }
    Thread watcher = new Thread(ChildMain::exitWhenStdinCloses, "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();

    if (first) {
      int exitCode = runTool(args[1], Arrays.copyOfRange(args, 3, start));
      if (exitCode != 0) {
        System.err.println("ChildMain: " + args[1] + " exited with " + exitCode);
        System.exit(exitCode);
      }
    }
    invokeMain(args[start], Arrays.copyOfRange(args, start + 1, args.length));
  }

  /**
   * Runs {@code tool}'s main while Kafka's exit procedure records the code instead of exiting. The
   * procedure then stays installed, exiting as Kafka's default does ({@link System#exit}): Kafka's
   * own reset installs one that throws (4.x).
   *
   * @return the code the tool exited with, 0 if it returned without calling exit
   */
  private static int runTool(String tool, String[] toolArgs) throws Throwable {
    Class<?> exit = kafkaExit();
    Class<?> procedure = Class.forName(exit.getName() + "$Procedure");
    int[] code = {0};
    boolean[] toolRunning = {true};
    boolean[] exited = {false};
    Object recorder =
        Proxy.newProxyInstance(
            procedure.getClassLoader(),
            new Class<?>[] {procedure},
            (proxy, method, methodArgs) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("equals")
                    ? proxy == methodArgs[0]
                    : method.getName().equals("hashCode")
                        ? System.identityHashCode(proxy)
                        : "ChildMain exit procedure";
              }
              int status = (Integer) methodArgs[0];
              if (!toolRunning[0]) {
                System.exit(status);
                return null;
              }
              code[0] = status;
              exited[0] = true;
              // Kafka's exit must not return into the tool: stop it here.
              throw new IllegalStateException("exit " + status);
            });
    exit.getMethod("setExitProcedure", procedure).invoke(null, recorder);
    try {
      invokeMain(tool, toolArgs);
    } catch (Throwable e) {
      if (!exited[0]) {
        throw e;
      }
    } finally {
      toolRunning[0] = false;
    }
    return code[0];
  }

  private static Class<?> kafkaExit() throws ClassNotFoundException {
    for (String name : KAFKA_EXIT) {
      try {
        return Class.forName(name);
      } catch (ClassNotFoundException e) {
        // Try the next location.
      }
    }
    throw new ClassNotFoundException(String.join(" or ", KAFKA_EXIT));
  }

  private static void invokeMain(String mainClass, String[] mainArgs) throws Throwable {
    Method main = Class.forName(mainClass).getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) mainArgs);
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
