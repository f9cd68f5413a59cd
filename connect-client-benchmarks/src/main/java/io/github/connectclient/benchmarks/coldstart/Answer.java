package io.github.connectclient.benchmarks.coldstart;

/** How a cold-start program reports: one line, then it halts without waiting for any clean-up. */
final class Answer {

  /** The line's prefix, which the benchmark waits for. */
  static final String PREFIX = "ANSWER ";

  private Answer() {}

  static void print(Object answer) {
    System.out.println(PREFIX + answer);
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }
}
