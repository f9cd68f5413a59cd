package io.github.connectclient;

import mockwebserver3.MockResponse;

/**
 * Answers of a Connect worker, taken from the REST API reference ({@code connect-rest-api.md} §4,
 * §5) and the shapes observed on Kafka 4.3.1 ({@code real-cluster.md}); nothing here is invented.
 */
final class Answers {

  private Answers() {}

  static final String SERVER_INFO =
      """
      {"version":"3.9.0","commit":"84caaa6e9da06435","kafka_cluster_id":"DZ5R4SFeTa-oLSGqoCAnYw"}""";

  static final String HEALTHY =
      """
      {"status":"healthy","message":"Worker has completed startup and is ready to handle requests."}""";

  static final String STARTING =
      """
      {"status":"starting","message":"Worker is still starting up. Ensuring membership in the cluster."}""";

  static final String UNHEALTHY =
      """
      {"status":"unhealthy","message":"Worker was unable to handle this request and may be unable to \
      handle other requests. Ensuring membership in the cluster."}""";

  static final String CONNECTOR_NAMES = """
      ["src1","my-sink"]""";

  static final String EXPANDED =
      """
      {"src1":{"status":{"name":"src1","connector":{"state":"RUNNING","worker_id":"10.0.0.1:8083"},\
      "tasks":[{"id":0,"state":"RUNNING","worker_id":"10.0.0.1:8083"}],"type":"source"},\
      "info":{"name":"src1","config":{"connector.class":"org.apache.kafka.connect.file.FileStreamSourceConnector",\
      "name":"src1"},"tasks":[{"connector":"src1","task":0}],"type":"source"}}}""";

  static final String JDBC_SRC_CREATED =
      """
      {"name":"jdbc-src","config":{"connector.class":"io.example.JdbcSource","tasks.max":"2",\
      "topic.prefix":"db-","name":"jdbc-src"},"tasks":[],"type":"source"}""";

  static final String SRC1_INFO =
      """
      {"name":"src1","config":{"connector.class":"org.apache.kafka.connect.file.FileStreamSourceConnector",\
      "tasks.max":"1","file":"/data/in.txt","topic":"t1","name":"src1"},\
      "tasks":[{"connector":"src1","task":0}],"type":"source"}""";

  static final String SRC1_CONFIG =
      """
      {"connector.class":"org.apache.kafka.connect.file.FileStreamSourceConnector","tasks.max":"1",\
      "file":"/data/in.txt","topic":"t1","name":"src1"}""";

  static final String SRC1_STATUS_TASK_FAILED =
      """
      {"name":"src1","connector":{"state":"RUNNING","worker_id":"10.0.0.1:8083"},
       "tasks":[{"id":0,"state":"FAILED","worker_id":"10.0.0.2:8083",\
      "trace":"org.apache.kafka.connect.errors.ConnectException: boom\\n\\tat Foo.bar(Foo.java:1)"}],
       "type":"source"}""";

  /** A 4.1+ status: {@code version} on the connector and each task. */
  static final String SRC1_STATUS_4_1 =
      """
      {"name":"src1","connector":{"state":"RUNNING","worker_id":"127.0.0.1:8083","version":"4.3.1"},\
      "tasks":[{"id":0,"state":"RUNNING","worker_id":"127.0.0.1:8083","version":"4.3.1"}],"type":"source"}""";

  static final String SRC1_TASKS =
      """
      [{"id":{"connector":"src1","task":0},"config":{"task.class":\
      "org.apache.kafka.connect.file.FileStreamSourceTask","topic":"t1","file":"/data/in.txt"}}]""";

  static final String TASK_RUNNING = """
      {"id":0,"state":"RUNNING","worker_id":"10.0.0.1:8083"}""";

  static final String RESTARTING =
      """
      {"name":"src1","connector":{"state":"RESTARTING","worker_id":"w1:8083"},\
      "tasks":[{"id":0,"state":"RESTARTING","worker_id":"w1:8083"}],"type":"source"}""";

  static final String TOPICS = """
      {"src1":{"topics":["t1","t2"]}}""";

  static final String SOURCE_OFFSETS = """
      {"offsets":[{"partition":{"filename":"/data/in.txt"},"offset":{"position":35}}]}""";

  static final String SINK_OFFSETS =
      """
      {"offsets":[{"partition":{"kafka_partition":0,"kafka_topic":"t"},"offset":{"kafka_offset":5}}]}""";

  static final String OFFSETS_ALTERED =
      """
      {"message":"The offsets for this connector have been altered successfully"}""";

  static final String OFFSETS_RESET = """
      {"message":"The offsets for this connector have been reset successfully"}""";

  static final String PLUGINS =
      """
      [{"class":"org.apache.kafka.connect.file.FileStreamSinkConnector","type":"sink","version":"3.9.0"},
       {"class":"org.apache.kafka.connect.transforms.Cast$Value","type":"transformation","version":"3.9.0"}]""";

  static final String PLUGIN_CONFIG =
      """
      [{"name":"topic","type":"STRING","required":true,"default_value":null,"importance":"HIGH",\
      "documentation":"The topic to publish data to","group":null,"width":"NONE","display_name":"topic",\
      "dependents":[],"order":-1}]""";

  static final String VALIDATION =
      """
      {"name":"FileStreamSource","error_count":1,"groups":["Common","Transforms"],
       "configs":[{"definition":{"name":"tasks.max","type":"INT","required":false,"default_value":"1",\
      "importance":"HIGH","documentation":"Maximum number of tasks to use for this connector.",\
      "group":"Common","width":"SHORT","display_name":"Tasks max","dependents":[],"order":3},\
      "value":{"name":"tasks.max","value":"0","recommended_values":[],\
      "errors":["Invalid value 0 for configuration tasks.max: Value must be at least 1"],"visible":true}}]}""";

  static final String LOGGERS =
      """
      {"root":{"level":"INFO","last_modified":null},\
      "org.apache.kafka.connect":{"level":"DEBUG","last_modified":1700000000000}}""";

  static final String LOGGER_LEVEL = """
      {"level":"INFO","last_modified":null}""";

  static final String CHANGED_LOGGERS =
      """
      ["org.apache.kafka.connect","org.apache.kafka.connect.runtime.Worker"]""";

  /** A JSON answer labelled as Connect's resources label theirs. */
  static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** An answer with no body (202, 204). */
  static MockResponse empty(int status) {
    return new MockResponse.Builder().code(status).build();
  }

  /** Connect's error body, {@code {"error_code": N, "message": "..."}}, labelled JSON. */
  static MockResponse error(int status, String message) {
    return json(status, errorBody(status, message));
  }

  /**
   * An error of the JAX-RS router (unknown route 404, 405, 406, 415): the JSON error body but no
   * {@code Content-Type} header.
   */
  static MockResponse routerError(int status, String message) {
    return new MockResponse.Builder().code(status).body(errorBody(status, message)).build();
  }

  /** A Jetty 12 HTML error page, as it answers an encoded segment it rejects. */
  static MockResponse jettyPage(int status, String reason) {
    String page = "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
        + "<title>Error " + status + " " + reason + "</title>\n</head>\n<body>\n"
        + "<h2>HTTP ERROR " + status + " " + reason + "</h2>\n<table>\n"
        + "<tr><th>URI:</th><td>/badURI</td></tr>\n<tr><th>STATUS:</th><td>" + status + "</td></tr>\n"
        + "<tr><th>MESSAGE:</th><td>" + reason + "</td></tr>\n</table>\n\n</body>\n</html>\n";
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "text/html;charset=iso-8859-1")
        .body(page)
        .build();
  }

  static String errorBody(int status, String message) {
    return "{\"error_code\":" + status + ",\"message\":" + quote(message) + "}";
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
