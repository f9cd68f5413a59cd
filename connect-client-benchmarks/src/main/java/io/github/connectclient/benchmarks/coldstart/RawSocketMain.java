package io.github.connectclient.benchmarks.coldstart;

import io.github.connectclient.benchmarks.baseline.RawSocketClient;
import java.io.IOException;

/** The floor of a cold start: a JVM, one socket, one GET, the bytes, exit. */
public final class RawSocketMain {

  private RawSocketMain() {}

  /**
   * Runs once.
   *
   * @param args the worker's port and the connector's name
   * @throws IOException if the call fails
   */
  public static void main(String[] args) throws IOException {
    RawSocketClient client = new RawSocketClient(Integer.parseInt(args[0]));
    Answer.print(client.get("/connectors/" + args[1] + "/status").length + " bytes");
  }
}
