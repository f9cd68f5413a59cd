package io.github.connectclient.async;

import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorState;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskId;
import io.github.connectclient.model.TaskState;
import java.util.List;
import java.util.Map;

/** Answers shaped as Kafka Connect sends them, and the values they decode to. */
final class Bodies {

  private Bodies() {}

  static final Map<String, String> CONFIG =
      Map.of("connector.class", "FileStreamSource", "tasks.max", "1");

  static final String CONFIG_JSON = "{\"connector.class\":\"FileStreamSource\",\"tasks.max\":\"1\"}";

  static final String INFO_JSON = "{\"name\":\"a\",\"config\":" + CONFIG_JSON
      + ",\"tasks\":[{\"connector\":\"a\",\"task\":0}],\"type\":\"source\"}";

  static final ConnectorInfo INFO =
      new ConnectorInfo("a", CONFIG, List.of(new TaskId("a", 0)), ConnectorType.SOURCE, null);

  static final String NOT_FOUND_JSON = "{\"error_code\":404,\"message\":\"No status found for connector a\"}";

  static final String STALE_CONFIG_JSON = "{\"error_code\":409,\"message\":\"Cannot complete request "
      + "momentarily due to stale configuration (typically caused by a concurrent config change)\"}";

  /** The status of connector {@code name}: the connector and one task in {@code state}. */
  static String statusJson(String name, State state) {
    return "{\"name\":\"" + name + "\",\"connector\":{\"state\":\"" + state + "\",\"worker_id\":\"w1:8083\"},"
        + "\"tasks\":[{\"id\":0,\"state\":\"" + state + "\",\"worker_id\":\"w1:8083\"}],\"type\":\"source\"}";
  }

  static ConnectorStatus status(String name, State state) {
    return new ConnectorStatus(
        name,
        new ConnectorState(state, "w1:8083", null, null),
        List.of(new TaskState(0, state, "w1:8083", null, null)),
        ConnectorType.SOURCE,
        null);
  }
}
