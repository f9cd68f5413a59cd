package io.github.connectclient.it.security;

import static io.github.connectclient.testsupport.TempFiles.tempFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.errors.BadRequestException;
import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.testkit.ConnectCluster;
import io.github.connectclient.testkit.ConnectClusterTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Connection strings with credentials, as everyday connector configs hold them (issue 16, point 6),
 * through a real worker: every value the client shows masks the secret part; the data a program
 * reads keeps the exact value; a worker error that echoes the config is masked too.
 */
@ConnectClusterTest(workers = 2, shared = true)
class CredentialsInValuesIT {

  private static final Map<String, String> CONNECTION_STRINGS =
      Map.of(
          "connection.url", "jdbc:postgresql://app:IT-PG-2121@db:5432/app",
          "mongodb.connection.uri",
              "mongodb://app:IT-MONGO-2222@h1:27017,h2:27017/?authSource=admin",
          "elastic.url", "https://elastic:IT-ES-2323@es:9200",
          "sqlserver.url", "jdbc:sqlserver://db:1433;user=app;password=IT-SQL-2424;");
  private static final List<String> SECRETS =
      List.of("IT-PG-2121", "IT-MONGO-2222", "IT-ES-2323", "IT-SQL-2424");

  @Test
  void everyValueTheClientShows_masksTheCredentials_andTheDataKeepsThem(ConnectCluster cluster) {
    String name = "creds-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> config = new LinkedHashMap<>();
    config.put("connector.class", "org.apache.kafka.connect.file.FileStreamSourceConnector");
    config.put("tasks.max", "1");
    config.put("file", tempFile("creds").toString());
    config.put("topic", name);
    config.putAll(CONNECTION_STRINGS);
    List<String> shown = new ArrayList<>();

    try (ConnectClient client = ConnectClient.builder().urls(cluster.workerUrls()).build()) {
      ConnectorInfo created = client.createConnector(name, config);
      shown.add(created.toString());
      ConnectorInfo read = client.getConnector(name);
      shown.add(read.toString());
      Map<String, String> stored = client.getConnectorConfig(name);
      shown.add(stored.toString());
      ConfigUpdate update = client.putConnectorConfig(name, config);
      shown.add(update.toString());
      Map<String, ConnectorExpanded> expanded = client.listConnectorsExpanded();
      shown.add(expanded.toString());
      shown.add(expanded.get(name).info().config().toString());

      CONNECTION_STRINGS.forEach(
          (key, value) -> {
            assertThat(read.config()).containsEntry(key, value);
            assertThat(stored).containsEntry(key, value);
            assertThat(expanded.get(name).info().config()).containsEntry(key, value);
          });
      assertThat(read.toString()).contains("jdbc:postgresql://app:[hidden]@db:5432/app");
      client.deleteConnector(name);
    }
    assertNoSecretIn(shown);
  }

  @Test
  void aWorkerErrorEchoingTheConfig_isMasked(ConnectCluster cluster) {
    Map<String, String> noConnectorClass = new LinkedHashMap<>(CONNECTION_STRINGS);
    noConnectorClass.put("tasks.max", "1");

    try (ConnectClient client = ConnectClient.builder().urls(cluster.workerUrls()).build()) {
      Throwable refused =
          catchThrowable(() -> client.createConnector("creds-refused", noConnectorClass));

      assertThat(refused).isInstanceOf(BadRequestException.class);
      assertThat(refused.getMessage())
          .contains("contains no connector type")
          .contains("jdbc:postgresql://app:[hidden]@db:5432/app");
      assertNoSecretIn(List.of(refused.toString(), String.valueOf(refused.getMessage())));
    }
  }

  private static void assertNoSecretIn(List<String> texts) {
    for (String text : texts) {
      for (String secret : SECRETS) {
        assertThat(text).as("a credential inside a connection string").doesNotContain(secret);
      }
    }
  }
}
