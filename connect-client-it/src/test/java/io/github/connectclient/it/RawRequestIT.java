package io.github.connectclient.it;

import static io.github.connectclient.testsupport.TempFiles.tempFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectclient.RawRequest;
import io.github.connectclient.RawResponse;
import io.github.connectclient.async.AsyncConnectClient;
import io.github.connectclient.errors.BadRequestException;
import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.InvalidConfigException;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The escape hatch, {@code request(RawRequest)}, against the real cluster: a connector created and
 * driven by raw requests, a name that needs encoding sent as one segment, the removed {@code
 * tasks-config} endpoint as a typed not-found, error answers as typed exceptions.
 */
class RawRequestIT extends VersionedClusterIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** Legal for the server and the client's default name policy, but every character encoded. */
  private static String encodedName() {
    return uniqueName("raw it ü?#+&=");
  }

  @Test
  void aConnectorNamedWithCharactersToEncode_isReadByRawRequests_asOneSegment() {
    String name = encodedName();
    follower.createConnector(name, fileSource(tempFile("raw"), uniqueName("raw") + "-topic"));
    follower.awaitConnectorState(name, State.RUNNING, TIMEOUT);

    RawResponse status = follower.request(RawRequest.get("connectors", name, "status"));
    RawResponse config = leader.request(RawRequest.get("connectors", name, "config"));

    assertThat(status.status()).isEqualTo(200);
    assertThat(status.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("json"));
    ConnectorStatus decoded = status.as(ConnectorStatus.class);
    assertThat(decoded.name()).isEqualTo(name);
    assertThat(decoded.connector().state()).isEqualTo(State.RUNNING);
    assertThat(config.as(Map.class)).containsEntry("name", name);
    follower.deleteConnector(name);
  }

  @Test
  void aConnectorCreatedPausedAndDeleted_byRawRequests() {
    String name = uniqueName("raw-life");
    String topic = name + "-topic";
    String body =
        "{\"name\":\""
            + name
            + "\",\"config\":{\"connector.class\":\"FileStreamSource\",\"tasks.max\":\"1\","
            + "\"file\":\""
            + tempFile("raw").toString().replace("\\", "\\\\")
            + "\",\"topic\":\""
            + topic
            + "\"}}";

    RawResponse created = follower.request(RawRequest.post("connectors").body(body));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.as(ConnectorInfo.class).name()).isEqualTo(name);
    follower.awaitConnectorState(name, State.RUNNING, TIMEOUT);

    assertThat(follower.request(RawRequest.put("connectors", name, "pause")).status())
        .isEqualTo(202);
    follower.awaitConnectorState(name, State.PAUSED, TIMEOUT);
    RawResponse deleted = follower.request(RawRequest.delete("connectors", name));

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(follower.listConnectors()).doesNotContain(name);
  }

  @Test
  void tasksConfig_removedInKafka4_isATypedNotFound_andServedBefore() {
    String name = uniqueName("raw-tasks");
    follower.createConnector(name, fileSource(tempFile("raw"), name + "-topic"));
    follower.awaitConnectorState(name, State.RUNNING, TIMEOUT);
    RawRequest tasksConfig = RawRequest.get("connectors", name, "tasks-config");

    if (workerHas("4.0.0")) {
      // GET /connectors/{name}/tasks-config: 2.8.0 to 3.9, removed in 4.0 (API reference §4.11)
      assertThat(catchThrowable(() -> follower.request(tasksConfig)))
          .isExactlyInstanceOf(NotFoundException.class)
          .hasMessageContaining("/tasks-config -> 404");
    } else {
      assertThat(follower.request(tasksConfig).as(Map.class)).containsKey(name + "-0");
    }
    follower.deleteConnector(name);
  }

  @Test
  void aSegmentWithASlash_staysOneSegment_andTheServersAnswerIsTyped() {
    Throwable thrown =
        catchThrowable(() -> follower.request(RawRequest.get("connectors", "no/such", "status")));

    if (workerHas("4.0.0")) {
      // Jetty 12 refuses %2F in a path: an HTML 400, not a route of another connector
      assertThat(thrown).isExactlyInstanceOf(BadRequestException.class);
      assertThat(((ConnectServerException) thrown).path())
          .isEqualTo("/connectors/no%2Fsuch/status");
    } else {
      assertThat(thrown).isExactlyInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void anInvalidConfig_isTheTypedInvalidConfig() {
    String name = uniqueName("raw-invalid");

    Throwable thrown =
        catchThrowable(
            () ->
                follower.request(
                    RawRequest.put("connectors", name, "config")
                        .body(
                            "{\"connector.class\":\"FileStreamSource\",\"tasks.max\":\"0\","
                                + "\"topic\":\"t\"}")));

    assertThat(thrown).isExactlyInstanceOf(InvalidConfigException.class);
    assertThat(((InvalidConfigException) thrown).errors()).isNotEmpty();
  }

  @Test
  void theAsyncClient_sendsTheSameRawRequest() throws Exception {
    try (AsyncConnectClient async =
        AsyncConnectClient.builder().urls(cluster.workerUrls()).build()) {
      RawResponse plugins =
          async
              .request(RawRequest.get("connector-plugins").query("connectorsOnly", "true"))
              .get(30, TimeUnit.SECONDS);

      assertThat(plugins.body()).contains("FileStreamSourceConnector");
    }
  }
}
