package org.apache.kafka.common.utils;

/**
 * A stand-in for Kafka's {@code Exit} (kafka-clients) in {@code ChildMainTest}, with the members
 * the launcher uses; like Kafka 4.x, a reset installs a procedure that throws.
 */
public final class Exit {

  /** Kafka's exit procedure. */
  public interface Procedure {
    void execute(int statusCode, String message);
  }

  private static volatile Procedure exitProcedure = (code, message) -> System.exit(code);

  private Exit() {}

  public static void exit(int statusCode) {
    exitProcedure.execute(statusCode, null);
  }

  public static void setExitProcedure(Procedure procedure) {
    exitProcedure = procedure;
  }

  public static void resetExitProcedure() {
    exitProcedure =
        (code, message) -> {
          throw new IllegalStateException("Exit called after resetting procedures");
        };
  }
}
