package io.github.connectclient;

import static io.github.connectclient.RequestAssertions.assertNoBody;
import static io.github.connectclient.RequestAssertions.assertSent;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.HealthStatus;
import io.github.connectclient.model.ServerInfo;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskId;
import io.github.connectclient.testsupport.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /}, {@code GET /health} and the connector listings. */
class ClusterRequestsTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  @Test
  void getServerInfo_sendsGetRoot_andDecodesVersionCommitAndClusterId() throws Exception {
    // the fixture's worker answers GET / with the captured server info by itself
    ServerInfo info = connect.client().getServerInfo();

    assertThat(info)
        .isEqualTo(
            new ServerInfo(
                Fixtures.text("server-info", "version"),
                Fixtures.text("server-info", "commit"),
                Fixtures.text("server-info", "kafka_cluster_id")));
    assertThat(info.kafkaClusterId()).isNotBlank();
    assertNoBody(assertSent(connect.takeAnyRequest(), "GET", "/"));
  }

  @Test
  void getServerInfo_fromAWorkerBefore1_1_hasNoClusterId() {
    // an older-version shape, not captured: kafka_cluster_id arrived in 1.1
    connect.answerRoot(
        Answers.json(200, "{\"version\":\"1.0.2\",\"commit\":\"2a121f7b1d402825\"}"));

    assertThat(connect.client().getServerInfo().kafkaClusterId()).isNull();
  }

  @Test
  void getHealth_whenHealthy_sendsGetHealth_andReturnsTheBody() throws Exception {
    connect.enqueue(Answers.captured("health"));

    HealthStatus health = connect.client().getHealth();

    assertThat(health.status()).isEqualTo("healthy");
    assertThat(health.isHealthy()).isTrue();
    assertThat(health.message())
        .isEqualTo("Worker has completed startup and is ready to handle requests.");
    assertNoBody(assertSent(connect.takeRequest(), "GET", "/health"));
  }

  @Test
  void getHealth_whenStartingWith503_returnsTheBodyInsteadOfThrowing() {
    connect.enqueue(503, Answers.STARTING);

    HealthStatus health = connect.client().getHealth();

    assertThat(health.status()).isEqualTo("starting");
    assertThat(health.isHealthy()).isFalse();
    assertThat(health.message()).startsWith("Worker is still starting up.");
  }

  @Test
  void getHealth_whenUnhealthyWith500_returnsTheBodyInsteadOfThrowing() {
    connect.enqueue(500, Answers.UNHEALTHY);

    HealthStatus health = connect.client().getHealth();

    assertThat(health.status()).isEqualTo("unhealthy");
    assertThat(health.isHealthy()).isFalse();
    assertThat(health.message()).startsWith("Worker was unable to handle this request");
  }

  @Test
  void listConnectors_sendsGetConnectors_andDecodesTheNames() throws Exception {
    connect.enqueue(Answers.captured("connectors"));

    List<String> names = connect.client().listConnectors();

    assertThat(names).containsExactly("fixture-source");
    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors"));
  }

  @Test
  void listConnectors_whenThereAreNone_returnsAnEmptyList() {
    connect.enqueue(200, "[]");

    assertThat(connect.client().listConnectors()).isEmpty();
  }

  @Test
  void listConnectorsExpanded_asksForStatusAndInfoAsRepeatedParameters_andDecodesBoth()
      throws Exception {
    connect.enqueue(Answers.captured("connectors-expanded"));

    Map<String, ConnectorExpanded> connectors = connect.client().listConnectorsExpanded();

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors?expand=status&expand=info"));
    assertThat(connectors).containsOnlyKeys("fixture-source");
    ConnectorExpanded source = connectors.get("fixture-source");
    assertThat(source.status().name()).isEqualTo("fixture-source");
    assertThat(source.status().connector().state()).isEqualTo(State.RUNNING);
    assertThat(source.status().connector().workerId())
        .isEqualTo(
            Fixtures.text(
                "connectors-expanded", "fixture-source", "status", "connector", "worker_id"));
    assertThat(source.status().tasks())
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.id()).isZero();
              assertThat(task.state()).isEqualTo(State.RUNNING);
            });
    assertThat(source.info().config())
        .containsEntry("connector.class", "FileStreamSource")
        .containsEntry("name", "fixture-source");
    assertThat(source.info().tasks()).containsExactly(new TaskId("fixture-source", 0));
    assertThat(source.info().type()).isEqualTo(ConnectorType.SOURCE);
  }

  @Test
  void listConnectorsExpanded_whenAConnectorVanishedMidRequest_keepsItWithNullInfo() {
    // synthetic: a delete racing the listing, which the capture cannot time
    connect.enqueue(200, "{\"gone\":{\"info\":null}}");

    Map<String, ConnectorExpanded> connectors = connect.client().listConnectorsExpanded();

    assertThat(connectors.get("gone").info()).isNull();
    assertThat(connectors.get("gone").status()).isNull();
  }
}
