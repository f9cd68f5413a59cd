package io.github.connectclient.benchmarks.coldstart;

import io.github.connectclient.ConnectClient;

/** Cold start of this client: build it with defaults, ask one status, print the answer, exit. */
public final class OursMain {

  private OursMain() {}

  /**
   * Runs once.
   *
   * @param args the worker's URL and the connector's name
   */
  public static void main(String[] args) {
    ConnectClient client = ConnectClient.builder().url(args[0]).build();
    Answer.print(client.getConnectorStatus(args[1]).connector().state());
  }
}
