package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.HealthStatus;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.ServerInfo;
import java.util.Comparator;
import java.util.List;

/**
 * The tour's look at the cluster: what it runs ({@code GET /}, {@code GET /health}) and which
 * connector plugins it has.
 */
record TourClusterSteps(ConnectClient client, TourOutput out) {

  private static final String FILE_SOURCE =
      "org.apache.kafka.connect.file.FileStreamSourceConnector";
  private static final String FILE_SINK = "org.apache.kafka.connect.file.FileStreamSinkConnector";

  void clusterInfo() {
    out.header("Cluster info", "GET / and GET /health");
    ServerInfo info = client.getServerInfo();
    HealthStatus health = client.getHealth();
    out.println("  version           " + info.version());
    out.println("  commit            " + info.commit());
    out.println("  Kafka cluster id  " + info.kafkaClusterId());
    out.println("  health            " + health.status() + ": " + health.message());
  }

  /** The plugins as a table; fails without the FileStream connectors the tour needs. */
  void plugins() {
    out.header("Installed connector plugins", "GET /connector-plugins");
    List<PluginInfo> plugins = client.listConnectorPlugins();
    TextTable table = new TextTable("TYPE", "CLASS", "VERSION");
    plugins.stream()
        .sorted(Comparator.comparing(PluginInfo::type).thenComparing(PluginInfo::className))
        .forEach(p -> table.row(p.rawType(), p.className(), p.version()));
    out.printTable(table, "  ");
    List<String> classes = plugins.stream().map(PluginInfo::className).toList();
    if (!classes.contains(FILE_SOURCE) || !classes.contains(FILE_SINK)) {
      throw new IllegalStateException(
          "The tour needs FileStreamSource and FileStreamSink; add the"
              + " connect-file jar of your Kafka version to the workers' plugin.path");
    }
  }
}
