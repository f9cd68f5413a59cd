package io.github.connectclient.async;

import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorState;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskId;
import io.github.connectclient.model.TaskState;
import io.github.connectclient.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Request bodies, what the captured answers ({@link Fixtures}) decode to, and the synthetic
 * statuses the await tests step through.
 */
final class Bodies {

  private Bodies() {}

  static final Map<String, String> CONFIG =
      Map.of("connector.class", "FileStreamSource", "tasks.max", "1");

  static final String CONFIG_JSON =
      "{\"connector.class\":\"FileStreamSource\",\"tasks.max\":\"1\"}";

  /**
   * Not captured (a rebalance cannot be called up on demand): the 409 of a request racing a config
   * change, text as the real cluster gave it many times (real-cluster.md).
   */
  static final String STALE_CONFIG_JSON =
      "{\"error_code\":409,\"message\":\"Cannot complete request "
          + "momentarily due to stale configuration (typically caused by a concurrent config change)\"}";

  /**
   * A synthetic status with the state a test needs (the capture holds only RUNNING, FAILED and
   * RESTARTING ones): the connector and one task of {@code name} in {@code state}.
   */
  static String statusJson(String name, State state) {
    return "{\"name\":\""
        + name
        + "\",\"connector\":{\"state\":\""
        + state
        + "\",\"worker_id\":\"w1:8083\"},"
        + "\"tasks\":[{\"id\":0,\"state\":\""
        + state
        + "\",\"worker_id\":\"w1:8083\"}],\"type\":\"source\"}";
  }

  /** What {@link #statusJson} decodes to. */
  static ConnectorStatus status(String name, State state) {
    return new ConnectorStatus(
        name,
        new ConnectorState(state, "w1:8083", null, null),
        List.of(new TaskState(0, state, "w1:8083", null, null)),
        ConnectorType.SOURCE,
        null);
  }

  /**
   * The connector a captured info body ({@code connector-info}, {@code connector-created}...)
   * describes; {@code at} leads to it inside the body, if nested.
   */
  static ConnectorInfo capturedInfo(String fixture, Object... at) {
    List<TaskId> tasks = new ArrayList<>();
    for (Object task : (List<?>) Fixtures.at(fixture, path(at, "tasks"))) {
      Map<?, ?> id = (Map<?, ?>) task;
      tasks.add(new TaskId((String) id.get("connector"), ((Number) id.get("task")).intValue()));
    }
    return new ConnectorInfo(
        Fixtures.text(fixture, path(at, "name")),
        capturedStrings(fixture, path(at, "config")),
        tasks,
        ConnectorType.valueOf(Fixtures.text(fixture, path(at, "type")).toUpperCase(Locale.ROOT)));
  }

  /**
   * The status a captured status body ({@code connector-status}, {@code restart-planned})
   * describes; {@code at} leads to it inside the body, if nested.
   */
  static ConnectorStatus capturedStatus(String fixture, Object... at) {
    List<TaskState> tasks = new ArrayList<>();
    for (int i = 0; i < ((List<?>) Fixtures.at(fixture, path(at, "tasks"))).size(); i++) {
      tasks.add(
          new TaskState(
              ((Number) Fixtures.at(fixture, path(at, "tasks", i, "id"))).intValue(),
              State.valueOf(Fixtures.text(fixture, path(at, "tasks", i, "state"))),
              Fixtures.text(fixture, path(at, "tasks", i, "worker_id")),
              null,
              Fixtures.text(fixture, path(at, "tasks", i, "version"))));
    }
    ConnectorState connector =
        new ConnectorState(
            State.valueOf(Fixtures.text(fixture, path(at, "connector", "state"))),
            Fixtures.text(fixture, path(at, "connector", "worker_id")),
            null,
            Fixtures.text(fixture, path(at, "connector", "version")));
    return new ConnectorStatus(
        Fixtures.text(fixture, path(at, "name")),
        connector,
        tasks,
        ConnectorType.valueOf(Fixtures.text(fixture, path(at, "type")).toUpperCase(Locale.ROOT)));
  }

  private static Object[] path(Object[] prefix, Object... rest) {
    Object[] path = Arrays.copyOf(prefix, prefix.length + rest.length);
    System.arraycopy(rest, 0, path, prefix.length, rest.length);
    return path;
  }

  /** A JSON object of strings inside a captured body, in the server's order. */
  static Map<String, String> capturedStrings(String fixture, Object... keys) {
    Map<String, String> strings = new LinkedHashMap<>();
    ((Map<?, ?>) Fixtures.at(fixture, keys))
        .forEach((key, value) -> strings.put((String) key, (String) value));
    return strings;
  }
}
