package io.github.connectclient.internal.http;

import static io.github.connectclient.Answers.error;
import static io.github.connectclient.Answers.json;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/**
 * What the workers of the retry tests answer: the real server texts, verbatim from the API
 * reference §2.2 and §4.4 and a real-cluster transcript, and the answers several tests script.
 */
final class RetryAnswers {

  static final String STALE_CONFIG =
      "Cannot complete request momentarily due to stale configuration "
          + "(typically caused by a concurrent config change)";
  static final String NO_LEADER_URL =
      "Cannot complete request momentarily due to no known leader URL, "
          + "likely because a rebalance was underway.";
  static final String CONFLICTING_OPERATION =
      "Cannot complete request because of a conflicting operation (e.g. worker rebalance)";
  static final String REBALANCE_EXPECTED =
      "Request cannot be completed because a rebalance is expected";
  static final String FORWARD_IO_ERROR =
      "IO Error trying to forward REST request: java.net.ConnectException: Connection refused";

  /**
   * The leader dropped the forwarded request after receiving it. The text after the colon is the
   * forwarding client's exception and varies; only the prefix is fixed.
   */
  static final String FORWARD_IO_ERROR_AFTER_SENDING =
      "IO Error trying to forward REST request: java.net.SocketException: Connection reset";

  /** The suffix is the forwarding exception's message; only the prefix is fixed. */
  static final String FORWARD_ERROR =
      "Error trying to forward REST request: java.util.concurrent.TimeoutException";

  static final String CONFIG_TOPIC_WRITE =
      "Failed to write to config topic; this may be due to a "
          + "transient error and the request can be safely retried";
  static final String REQUEST_TIMED_OUT = "Request timed out";
  static final String REQUEST_TIMED_OUT_WITH_STAGE =
      "Request timed out. The worker is currently "
          + "ensuring membership in the cluster, which began at 2024-10-25 10:00:00";
  static final String ALREADY_EXISTS = "Connector src already exists";
  static final String NOT_FOUND = "Connector src not found";
  static final String INVALID_CONFIG =
      "Connector configuration is invalid and contains the following "
          + "1 error(s):\nInvalid value x for configuration tasks.max: Not a number of type INT\n"
          + "You can also find the above list of errors at the endpoint "
          + "`/connector-plugins/{connectorType}/config/validate`";
  static final String NAME_MISMATCH =
      "Connector name configuration (other) doesn't match connector name in the URL (src)";
  static final String MALFORMED_JSON =
      "Unexpected character ('b' (code 98)): was expecting " + "double-quote to start field name";
  static final String REQUEST_INTERRUPTED = "Request interrupted";

  /** The path of connector {@code src}'s status, answered by {@link #ok()}. */
  static final String STATUS_PATH = "/connectors/src/status";

  /** The status of connector {@code src}, running. */
  static final String STATUS =
      "{\"name\":\"src\",\"connector\":{\"state\":\"RUNNING\","
          + "\"worker_id\":\"127.0.0.1:8083\"},\"tasks\":[],\"type\":\"source\"}";

  /** Connector {@code src} of class {@code X}, as a create or a config put answers it. */
  static final String INFO =
      "{\"name\":\"src\",\"config\":{\"connector.class\":\"X\","
          + "\"name\":\"src\"},\"tasks\":[],\"type\":\"source\"}";

  private RetryAnswers() {}

  /** 200 with the {@link #STATUS} of connector {@code src}. */
  static MockResponse ok() {
    return json(200, STATUS);
  }

  /** The 409 of a worker whose config is stale in a rebalance: retried on every endpoint. */
  static MockResponse stale() {
    return error(409, STALE_CONFIG);
  }

  /** No answer: the worker closes the connection once the request has arrived. */
  static MockResponse dropped() {
    return new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }
}
