package io.github.connectclient.internal.json;

/** Response bodies as Connect workers send them, taken from the REST API reference (§4, §5). */
final class ServerBodies {

  static final String SERVER_INFO =
      """
      {"version":"3.9.0","commit":"84caaa6e9da06435","kafka_cluster_id":"DZ5R4SFeTa-oLSGqoCAnYw"}
      """;

  static final String SERVER_INFO_PRE_1_1 = """
      {"version":"1.0.2","commit":"2a121f7b1d402825"}
      """;

  static final String HEALTHY =
      """
      {"status":"healthy","message":"Worker has completed startup and is ready to handle requests."}
      """;

  static final String STARTING =
      """
      {"status":"starting","message":"Worker is still starting up. Ensuring membership."}
      """;

  static final String CONNECTOR_NAMES = """
      ["src1","my-sink"]
      """;

  static final String EXPANDED =
      """
      {"src1":{"status":{"name":"src1","connector":{"state":"RUNNING","worker_id":"10.0.0.1:8083"},\
      "tasks":[{"id":0,"state":"RUNNING","worker_id":"10.0.0.1:8083"}],"type":"source"},
               "info":{"name":"src1","config":{"connector.class":"io.example.Src","name":"src1"},\
      "tasks":[{"connector":"src1","task":0}],"type":"source"}},
       "gone":{"info":null}}
      """;

  static final String CREATED =
      """
      {"name":"jdbc-src","config":{"connector.class":"io.example.JdbcSource","tasks.max":"2",\
      "topic.prefix":"db-","name":"jdbc-src"},"tasks":[],"type":"source"}
      """;

  static final String STATUS_WITH_FAILED_TASK =
      """
      {"name":"src1","connector":{"state":"RUNNING","worker_id":"10.0.0.1:8083"},
       "tasks":[{"id":0,"state":"FAILED","worker_id":"10.0.0.2:8083",\
      "trace":"org.apache.kafka.connect.errors.ConnectException: boom\\n\\tat io.example.Task.poll(Task.java:42)"}],
       "type":"source"}
      """;

  static final String STATUS_4_1 =
      """
      {"name":"sink1","connector":{"state":"STOPPED","worker_id":"w1:8083","version":"4.1.0"},\
      "tasks":[],"type":"sink"}
      """;

  static final String RESTARTING =
      """
      {"name":"src1","connector":{"state":"RESTARTING","worker_id":"w1:8083"},\
      "tasks":[{"id":0,"state":"RESTARTING","worker_id":"w1:8083"}],"type":"source"}
      """;

  static final String TASK_STATUS = """
      {"id":0,"state":"RUNNING","worker_id":"10.0.0.1:8083"}
      """;

  static final String TASKS =
      """
      [{"id":{"connector":"src1","task":0},\
      "config":{"task.class":"org.apache.kafka.connect.file.FileStreamSourceTask","topic":"t1"}}]
      """;

  static final String TOPICS = """
      {"src1":{"topics":["t1","t2"]}}
      """;

  static final String SOURCE_OFFSETS = """
      {"offsets":[{"partition":{"filename":"/data/in.txt"},"offset":{"position":6}}]}
      """;

  static final String SINK_OFFSETS =
      """
      {"offsets":[{"partition":{"kafka_topic":"t1","kafka_partition":0},"offset":{"kafka_offset":42}}]}
      """;

  static final String ALTER_OFFSETS_REQUEST =
      """
      {"offsets":[{"partition":{"kafka_topic":"t1","kafka_partition":1},"offset":null},\
      {"partition":{"kafka_topic":"t1","kafka_partition":0},"offset":{"kafka_offset":5}}]}""";

  static final String PLUGINS =
      """
      [{"class":"org.apache.kafka.connect.file.FileStreamSinkConnector","type":"sink","version":"3.9.0"},
       {"class":"org.apache.kafka.connect.transforms.Cast$Value","type":"transformation","version":"3.9.0"},
       {"class":"org.apache.kafka.connect.storage.StringConverter","type":"header_converter"},
       {"class":"io.example.Legacy","type":"unknown","version":"1.0"}]
      """;

  static final String PLUGIN_CONFIG =
      """
      [{"name":"topic","type":"STRING","required":true,"default_value":null,"importance":"HIGH",\
      "documentation":"The topic to publish data to","group":null,"width":"NONE",\
      "display_name":"topic","dependents":[],"order":-1}]
      """;

  static final String VALIDATION_WITH_ERRORS =
      """
      {"name":"FileStreamSource","error_count":2,"groups":["Common","Transforms"],
       "configs":[
        {"definition":{"name":"tasks.max","type":"INT","required":false,"default_value":"1",\
      "importance":"HIGH","documentation":"Maximum number of tasks","group":"Common",\
      "width":"SHORT","display_name":"Tasks max","dependents":[],"order":3},
         "value":{"name":"tasks.max","value":"0","recommended_values":[],\
      "errors":["Invalid value 0 for configuration tasks.max: Value must be at least 1"],"visible":true}},
        {"definition":{"name":"name","type":"STRING","required":true,"default_value":null,\
      "importance":"HIGH","documentation":"Globally unique name","group":"Common",\
      "width":"MEDIUM","display_name":"Connector name","dependents":[],"order":1},
         "value":{"name":"name","value":null,"recommended_values":[],\
      "errors":["Missing required configuration \\"name\\" which has no default value."],"visible":true}},
        {"definition":{"name":"topic","type":"STRING","required":true,"default_value":null,\
      "importance":"HIGH","documentation":"The topic","group":null,"width":"NONE",\
      "display_name":"topic","dependents":[],"order":-1},
         "value":{"name":"topic","value":"t1","recommended_values":[],"errors":[],"visible":true}},
        {"definition":null,
         "value":{"name":"custom.key","value":"x","recommended_values":[],"errors":[],"visible":true}}
       ]}
      """;

  static final String LOGGERS =
      """
      {"root":{"level":"INFO","last_modified":null},\
      "org.apache.kafka.connect":{"level":"DEBUG","last_modified":1700000000000}}
      """;

  static final String LOGGERS_PRE_3_7 = """
      {"root":{"level":"INFO"}}
      """;

  static final String CHANGED_LOGGERS =
      """
      ["org.apache.kafka.connect","org.apache.kafka.connect.runtime.Worker"]
      """;

  private ServerBodies() {}
}
