package io.github.connectclient.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Credentials inside values of keys that say nothing: masked for display, kept in the data. */
class EmbeddedSecretsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://app:s3cret-pw@db:5432/app|jdbc:postgresql://app:[hidden]@db:5432/app",
        "jdbc:mysql://app:s3cret-pw@db:3306/app?useSSL=true|jdbc:mysql://app:[hidden]@db:3306/app?useSSL=true",
        "mongodb://app:s3cret-pw@h1:27017,h2:27017/?authSource=admin|mongodb://app:[hidden]@h1:27017,h2:27017/?authSource=admin",
        "mongodb+srv://app:s3cret-pw@cluster0.example.net/db|mongodb+srv://app:[hidden]@cluster0.example.net/db",
        "https://elastic:s3cret-pw@es:9200|https://elastic:[hidden]@es:9200",
        "http://user:p@ss@word@host/path|http://user:[hidden]@host/path",
        "jdbc:postgresql://db:5432/app?user=app&password=s3cret-pw&ssl=true|jdbc:postgresql://db:5432/app?user=app&password=[hidden]&ssl=true",
        "jdbc:sqlserver://db:1433;databaseName=app;user=app;password=s3cret-pw;|jdbc:sqlserver://db:1433;databaseName=app;user=app;password=[hidden];",
        "jdbc:mysql://db/app?user=app&pwd=s3cret-pw|jdbc:mysql://db/app?user=app&pwd=[hidden]",
        "https://api.example.com/v1?apikey=s3cret-pw&x=1|https://api.example.com/v1?apikey=[hidden]&x=1",
        "https://login.example.com/token?client_secret=s3cret-pw|https://login.example.com/token?client_secret=[hidden]",
        "jdbc:oracle:thin:app/s3cret-pw@db:1521/ORCL|jdbc:oracle:thin:app/[hidden]@db:1521/ORCL",
      })
  void maskValue_masksOnlyTheSecretPart_ofAUrlOrJdbcValue(String value, String shown) {
    assertThat(Redaction.maskValue("connection.url", value)).isEqualTo(shown);
    assertThat(Redaction.secretParts("connection.url", value)).isNotEmpty();
    assertThat(Redaction.secretParts("connection.url", value)).allMatch(value::contains);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:postgresql://db:5432/app",
        "https://es:9200",
        "user@example.com",
        "git@github.com:org/repo.git",
        "topic=orders",
        "https://host/path?page=2",
        "jdbc:postgresql://app@db:5432/app",
      })
  void maskValue_leavesValuesWithoutCredentialsAlone(String value) {
    assertThat(Redaction.maskValue("connection.url", value)).isEqualTo(value);
    assertThat(Redaction.secretParts("connection.url", value)).isEmpty();
  }

  @Test
  void configToString_masksEmbeddedCredentials_butTheMapKeepsTheExactValue() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("connector.class", "io.confluent.connect.jdbc.JdbcSourceConnector");
    config.put("connection.url", "jdbc:postgresql://app:s3cret-pw@db:5432/app");
    ConnectorInfo info = new ConnectorInfo("jdbc", config, List.of(), ConnectorType.SOURCE);

    assertThat(info.toString()).doesNotContain("s3cret-pw").contains("app:[hidden]@db:5432/app");
    assertThat(info.config().toString()).doesNotContain("s3cret-pw");
    assertThat(info.config().get("connection.url"))
        .isEqualTo("jdbc:postgresql://app:s3cret-pw@db:5432/app");
    assertThat(new NewConnector("jdbc", config, null).toString()).doesNotContain("s3cret-pw");
    assertThat(new ConfigUpdate(info, true).toString()).doesNotContain("s3cret-pw");
    assertThat(new TaskInfo(new TaskId("jdbc", 0), config).toString()).doesNotContain("s3cret-pw");
    assertThat(Redaction.masked(config).get("connection.url"))
        .isEqualTo("jdbc:postgresql://app:[hidden]@db:5432/app");
  }

  @Test
  void maskEmbeddedSecrets_masksAMessageThatEchoesAConfig() {
    String message =
        "Connector config {connection.url=jdbc:postgresql://app:s3cret-pw@db/app,"
            + " connector.class=x} contains no connector type";

    assertThat(Redaction.maskEmbeddedSecrets(message))
        .isEqualTo(
            "Connector config {connection.url=jdbc:postgresql://app:[hidden]@db/app,"
                + " connector.class=x} contains no connector type");
  }

  @Test
  void aProviderReference_isShownAsWritten() {
    String reference = "${file:/etc/secrets.properties:jdbc.url}";
    assertThat(Redaction.maskValue("connection.url", reference)).isEqualTo(reference);
    assertThat(Redaction.secretParts("connection.url", reference)).isEmpty();
  }
}
