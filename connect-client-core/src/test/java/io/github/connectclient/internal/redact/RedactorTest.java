package io.github.connectclient.internal.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

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
    assertThat(Redactor.isSensitiveKey(key)).isTrue();
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
    assertThat(Redactor.isSensitiveKey(key)).isFalse();
  }

  @Test
  void isSensitiveKey_forNull_isFalse() {
    assertThat(Redactor.isSensitiveKey(null)).isFalse();
  }

  @Test
  void masked_hidesSensitiveValuesAndKeepsOrderAndNulls() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("topic", "orders");
    config.put("database.password", "hunter2");
    config.put("sasl.jaas.config", null);
    config.put("tasks.max", 2);

    assertThat(Redactor.masked(config))
        .containsExactly(
            entry("topic", "orders"),
            entry("database.password", "[hidden]"),
            entry("sasl.jaas.config", null),
            entry("tasks.max", "2"));
  }

  @Test
  void masked_showsConfigProviderReferences() {
    Map<String, String> masked =
        Redactor.masked(
            Map.of("database.password", "${file:/etc/secrets.properties:db.password}"));

    assertThat(masked)
        .containsEntry("database.password", "${file:/etc/secrets.properties:db.password}");
  }

  @Test
  void masked_hidesValuesThatOnlyStartWithAReference() {
    assertThat(Redactor.masked(Map.of("database.password", "${a}secret${b}")))
        .containsEntry("database.password", "[hidden]");
  }

  @Test
  void masked_forNull_isEmpty() {
    assertThat(Redactor.masked(null)).isEmpty();
  }

  @Test
  void toString_rendersLikeAMapWithSecretsHidden() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("topic", "orders");
    config.put("connection.password", "hunter2");

    assertThat(Redactor.toString(config)).isEqualTo("{topic=orders, connection.password=[hidden]}");
  }

  @Test
  void toString_forNullOrEmpty_rendersLikeAMap() {
    assertThat(Redactor.toString(null)).isEqualTo("null");
    assertThat(Redactor.toString(Map.of())).isEqualTo("{}");
  }
}
