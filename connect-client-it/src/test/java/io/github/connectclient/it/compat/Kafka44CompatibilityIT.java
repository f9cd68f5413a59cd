package io.github.connectclient.it.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.testkit.ConnectClusterTest;
import org.junit.jupiter.api.Test;

/**
 * The client against Kafka 4.4.0, newer than the testkit's default. Maven Central as reached here
 * serves its runtime but not connect-file, connect-mirror and connect-basic-auth-extension: the
 * cluster starts without them (one warning), and the matrix runs on the test connector alone.
 */
@ConnectClusterTest(workers = 2, kafkaVersion = "4.4.0", pluginsFromClasspath = ClientCalls.PLUGIN)
class Kafka44CompatibilityIT extends CompatibilityIT {

  @Test
  void bundledConnectorsThatDoNotResolve_areLeftOut(ConnectClient client) {
    assertThat(client.listConnectorPlugins())
        .extracting(PluginInfo::className)
        .contains(ClientCalls.PLUGIN)
        .noneMatch(c -> c.startsWith("org.apache.kafka.connect.file."))
        .noneMatch(c -> c.startsWith("org.apache.kafka.connect.mirror."));
  }
}
