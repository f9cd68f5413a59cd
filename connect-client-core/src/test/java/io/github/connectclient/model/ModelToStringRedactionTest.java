package io.github.connectclient.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No record holding a connector configuration prints a secret. */
class ModelToStringRedactionTest {

  private static final List<String> SECRETS =
      List.of(
          "s3cr3t-ssl",
          "org.apache.kafka.common.security.plain.PlainLoginModule required password=\"jaas\";",
          "db-pass-1",
          "conn-pass-2",
          "AKIASECRETACCESS",
          "tok-123",
          "user:pa55");

  private static Map<String, String> secretConfig() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("connector.class", "io.example.JdbcSink");
    config.put("topic", "orders");
    config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    config.put("ssl.key.password", SECRETS.get(0));
    config.put("sasl.jaas.config", SECRETS.get(1));
    config.put("database.password", SECRETS.get(2));
    config.put("connection.password", SECRETS.get(3));
    config.put("aws.secret.access.key", SECRETS.get(4));
    config.put("some.api.token", SECRETS.get(5));
    config.put("value.converter.basic.auth.user.info", SECRETS.get(6));
    return config;
  }

  private static void assertNoSecretButPublicValues(String text) {
    for (String secret : SECRETS) {
      assertThat(text).doesNotContain(secret);
    }
    assertThat(text)
        .contains("topic=orders")
        .contains("key.converter=org.apache.kafka.connect.storage.StringConverter")
        .contains("database.password=[hidden]")
        .contains("sasl.jaas.config=[hidden]");
  }

  @Test
  void connectorInfo_toString_masksSecrets() {
    ConnectorInfo info =
        new ConnectorInfo(
            "sink", secretConfig(), List.of(new TaskId("sink", 0)), ConnectorType.SINK);

    assertNoSecretButPublicValues(info.toString());
    assertThat(info.toString()).startsWith("ConnectorInfo[name=sink, config={connector.class=");
  }

  @Test
  void newConnector_toString_masksSecrets() {
    NewConnector request = NewConnector.builder().name("sink").config(secretConfig()).build();

    assertNoSecretButPublicValues(request.toString());
  }

  @Test
  void taskInfo_toString_masksSecrets() {
    TaskInfo task = new TaskInfo(new TaskId("sink", 0), secretConfig());

    assertNoSecretButPublicValues(task.toString());
  }

  @Test
  void configUpdateAndExpanded_toString_maskSecretsThroughConnectorInfo() {
    ConnectorInfo info = new ConnectorInfo("sink", secretConfig(), List.of(), ConnectorType.SINK);

    assertNoSecretButPublicValues(new ConfigUpdate(info, true).toString());
    assertNoSecretButPublicValues(new ConnectorExpanded(info, null).toString());
  }

  @Test
  void configValidation_toString_masksSecretValuesAndTheirEchoInErrors() {
    List<ConfigInfo> configs =
        secretConfig().entrySet().stream()
            .map(
                e ->
                    new ConfigInfo(
                        null,
                        new ConfigValueInfo(
                            e.getKey(),
                            e.getValue(),
                            List.of(),
                            List.of("Invalid value " + e.getValue() + " for " + e.getKey()),
                            true)))
            .toList();
    ConfigValidation validation =
        new ConfigValidation("JdbcSink", configs.size(), List.of("Common"), configs);

    String text = validation.toString();

    for (String secret : SECRETS) {
      assertThat(text).doesNotContain(secret);
    }
    assertThat(text)
        .contains("name=topic, value=orders")
        .contains("Invalid value orders for topic")
        .contains("name=database.password, value=[hidden]")
        .contains("Invalid value [hidden] for database.password");
  }

  @Test
  void configInfo_toString_masksValueOfPasswordTypedKeyWithHarmlessName() {
    ConfigKeyInfo definition =
        new ConfigKeyInfo(
            "db.login", "PASSWORD", true, null, "HIGH", "doc", null, "NONE", "Login", null, 1);
    ConfigInfo info =
        new ConfigInfo(definition, new ConfigValueInfo("db.login", "pw-9", null, null, true));

    assertThat(info.toString()).doesNotContain("pw-9").contains("value=[hidden]");
  }

  @Test
  void configValueInfo_toString_showsOrdinaryValues() {
    ConfigValueInfo value = new ConfigValueInfo("tasks.max", "0", List.of("1"), List.of(), true);

    assertThat(value.toString())
        .isEqualTo(
            "ConfigValueInfo[name=tasks.max, value=0, recommendedValues=[1], errors=[],"
                + " visible=true]");
  }
}
