package io.github.connectclient.internal.json;

/**
 * Bodies the codec tests need that the capture from the real cluster ({@code fixtures/}, read
 * through {@link io.github.connectclient.testsupport.Fixtures}) cannot give: older-version shapes,
 * states the capture never reads, and one request body. Each says which it is.
 */
final class ServerBodies {

  /** Older-version shape: {@code kafka_cluster_id} arrived in 1.1. */
  static final String SERVER_INFO_PRE_1_1 =
      """
      {"version":"1.0.2","commit":"2a121f7b1d402825"}
      """;

  /** Not captured (the test cluster is healthy when asked): the 503 body of a starting worker. */
  static final String STARTING =
      """
      {"status":"starting","message":"Worker is still starting up. Ensuring membership."}
      """;

  /** Synthetic: a connector deleted while the expanded listing was being built. */
  static final String EXPANDED_WITH_VANISHED =
      """
      {"gone":{"info":null}}
      """;

  /**
   * Synthetic: a plugin without a version and a type this client does not know; every plugin of the
   * capture has a version and a known type.
   */
  static final String PLUGINS_WITHOUT_VERSION_OR_KNOWN_TYPE =
      """
      [{"class":"org.apache.kafka.connect.storage.StringConverter","type":"header_converter"},
       {"class":"io.example.Legacy","type":"unknown","version":"1.0"}]
      """;

  /**
   * Older-version shape: a 3.x worker names the position in the group {@code order}, 4.x {@code
   * order_in_group}.
   */
  static final String PLUGIN_CONFIG_3_X =
      """
      [{"name":"tasks.max","type":"INT","required":false,"default_value":"1","importance":"HIGH",\
      "documentation":"Maximum number of tasks to use for this connector.","group":"Common",\
      "width":"SHORT","display_name":"Tasks max","dependents":[],"order":3}]
      """;

  /**
   * Synthetic: a validation entry with no definition (a key outside the plugin's ConfigDef; 4.3.1
   * leaves such keys out), next to a required key left empty.
   */
  static final String VALIDATION_WITH_NULL_DEFINITION =
      """
      {"name":"FileStreamSource","error_count":1,"groups":["Common"],
       "configs":[
        {"definition":{"name":"name","type":"STRING","required":true,"default_value":null,\
      "importance":"HIGH","documentation":"Globally unique name","group":"Common",\
      "width":"MEDIUM","display_name":"Connector name","dependents":[],"order_in_group":1},
         "value":{"name":"name","value":null,"recommended_values":[],\
      "errors":["Missing required configuration \\"name\\" which has no default value."],"visible":true}},
        {"definition":null,
         "value":{"name":"custom.key","value":"x","recommended_values":[],"errors":[],"visible":true}}
       ]}
      """;

  /**
   * Not captured (the capture lists loggers before it sets a level): a numeric {@code
   * last_modified}.
   */
  static final String LOGGERS_MODIFIED =
      """
      {"root":{"level":"INFO","last_modified":null},\
      "org.apache.kafka.connect":{"level":"DEBUG","last_modified":1700000000000}}
      """;

  /** Older-version shape: {@code last_modified} arrived in 3.7. */
  static final String LOGGERS_PRE_3_7 =
      """
      {"root":{"level":"INFO"}}
      """;

  /**
   * A request body, {@code PATCH /connectors/{name}/offsets} of a sink: one partition reset, one
   * moved.
   */
  static final String ALTER_OFFSETS_REQUEST =
      """
      {"offsets":[{"partition":{"kafka_topic":"t1","kafka_partition":1},"offset":null},\
      {"partition":{"kafka_topic":"t1","kafka_partition":0},"offset":{"kafka_offset":5}}]}""";

  private ServerBodies() {}
}
