package io.github.connectclient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ssl.key.password",
        "sasl.jaas.config",
        "consumer.override.sasl.jaas.config",
        "database.password",
        "connection.password",
        "DATABASE.PASSWORD",
        "db.passwd",
        "aws.secret.access.key",
        "client.secret",
        "some.api.token",
        "sasl.oauthbearer.token.endpoint.url",
        "gcp.credentials.json",
        "datadog.apikey",
        "service.api.key",
        "service.api_key",
        "service.api-key",
        "ssl.private.key",
        "jwt.privateKey",
        "basic.auth.user.info",
        "schema.registry.basic.auth.user.info",
        "value.converter.basic.auth.user.info",
        "bearer.auth.info",
        "ssl.key",
        "encryption_key",
        "hmac-key",
      })
  void isSensitiveKey_forSecretLookingKeys_isTrue(String key) {
    assertThat(Redaction.isSensitiveKey(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "key.converter",
        "key.converter.schemas.enable",
        "value.converter",
        "transforms.x.key.field",
        "transforms.route.regex",
        "topic",
        "topics",
        "connector.class",
        "tasks.max",
        "name",
        "ssl.keystore.location",
        "ssl.truststore.type",
        "key",
        "monkey",
      })
  void isSensitiveKey_forOrdinaryKeys_isFalse(String key) {
    assertThat(Redaction.isSensitiveKey(key)).isFalse();
  }

  @Test
  void isSensitiveKey_forNull_isFalse() {
    assertThat(Redaction.isSensitiveKey(null)).isFalse();
  }

  @Test
  void masked_hidesSensitiveValuesAndKeepsOrderAndNulls() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("topic", "orders");
    config.put("database.password", "hunter2");
    config.put("sasl.jaas.config", null);
    config.put("tasks.max", 2);

    assertThat(Redaction.masked(config))
        .containsExactly(
            entry("topic", "orders"),
            entry("database.password", "[hidden]"),
            entry("sasl.jaas.config", null),
            entry("tasks.max", "2"));
  }

  @Test
  void masked_showsConfigProviderReferences() {
    Map<String, String> masked =
        Redaction.masked(
            Map.of("database.password", "${file:/etc/secrets.properties:db.password}"));

    assertThat(masked)
        .containsEntry("database.password", "${file:/etc/secrets.properties:db.password}");
  }

  @Test
  void masked_hidesValuesThatOnlyStartWithAReference() {
    assertThat(Redaction.masked(Map.of("database.password", "${a}secret${b}")))
        .containsEntry("database.password", "[hidden]");
  }

  @Test
  void masked_forNull_isEmpty() {
    assertThat(Redaction.masked(null)).isEmpty();
  }

  @Test
  void toString_rendersLikeAMapWithSecretsHidden() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("topic", "orders");
    config.put("connection.password", "hunter2");

    assertThat(Redaction.toString(config))
        .isEqualTo("{topic=orders, connection.password=[hidden]}");
  }

  @Test
  void toString_forNullOrEmpty_rendersLikeAMap() {
    assertThat(Redaction.toString(null)).isEqualTo("null");
    assertThat(Redaction.toString(Map.of())).isEqualTo("{}");
  }

  @Test
  void maskValue_hidesSensitiveValuesOnly() {
    assertThat(Redaction.maskValue("database.password", "hunter2")).isEqualTo(Redaction.MASK);
    assertThat(Redaction.maskValue("database.password", "${env:DB_PASSWORD}"))
        .isEqualTo("${env:DB_PASSWORD}");
    assertThat(Redaction.maskValue("database.password", null)).isNull();
    assertThat(Redaction.maskValue("tasks.max", 2)).isEqualTo("2");
  }

  @Test
  void redactedCopy_keepsTheRealValuesAndMasksOnlyToString() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("topic", "orders");
    config.put("connection.password", "hunter2");
    config.put("transforms", null);

    Map<String, String> copy = Redaction.redactedCopy(config);
    config.put("topic", "changed");

    assertThat(copy)
        .containsExactly(
            entry("topic", "orders"),
            entry("connection.password", "hunter2"),
            entry("transforms", null));
    assertThat(copy).hasToString("{topic=orders, connection.password=[hidden], transforms=null}");
    Map<String, String> same = new HashMap<>(copy);
    assertThat(copy).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(Redaction.redactedCopy(copy)).isSameAs(copy);
    assertThatThrownBy(() -> copy.put("topic", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
