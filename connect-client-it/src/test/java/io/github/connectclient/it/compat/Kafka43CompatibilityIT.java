package io.github.connectclient.it.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.async.AsyncConnectClient;
import io.github.connectclient.testkit.ConnectClusterTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The client against Kafka 4.3.1, the testkit's default; also gets the async client injected. */
@ConnectClusterTest(workers = 2, kafkaVersion = "4.3.1", pluginsFromClasspath = ClientCalls.PLUGIN)
class Kafka43CompatibilityIT extends CompatibilityIT {

  @Test
  void anAsyncClient_isInjectedToo(AsyncConnectClient async) throws Exception {
    assertThat(async.getServerInfo().get(30, TimeUnit.SECONDS).version()).isEqualTo("4.3.1");
  }
}
