package io.github.connectclient.benchmarks.coldstart;

import org.sourcelab.kafka.connect.apiclient.Configuration;
import org.sourcelab.kafka.connect.apiclient.KafkaConnectClient;

/** Cold start of SourceLab's client: build it with defaults, ask one status, print, exit. */
public final class SourceLabMain {

  private SourceLabMain() {}

  /**
   * Runs once.
   *
   * @param args the worker's URL and the connector's name
   */
  public static void main(String[] args) {
    KafkaConnectClient client = new KafkaConnectClient(new Configuration(args[0]));
    Answer.print(client.getConnectorStatus(args[1]).getConnector().get("state"));
  }
}
