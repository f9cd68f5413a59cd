package io.github.connectclient;

import static io.github.connectclient.RequestAssertions.assertJsonBody;
import static io.github.connectclient.RequestAssertions.assertNoBody;
import static io.github.connectclient.RequestAssertions.assertSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.errors.BadRequestException;
import io.github.connectclient.model.ConfigKeyInfo;
import io.github.connectclient.model.ConfigValidation;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.PluginType;
import io.github.connectclient.testsupport.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /connector-plugins}: listings, a plugin's config definition, config validation. */
class PluginRequestsTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  @Test
  void listConnectorPlugins_sendsGetWithoutParameters_andDecodesClassTypeAndVersion()
      throws Exception {
    connect.enqueue(Answers.captured("connector-plugins"));

    List<PluginInfo> plugins = connect.client().listConnectorPlugins();

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connector-plugins"));
    String kafkaVersion = Fixtures.text("server-info", "version");
    assertThat(plugins)
        .contains(
            new PluginInfo(
                "org.apache.kafka.connect.file.FileStreamSinkConnector",
                PluginType.SINK,
                kafkaVersion),
            new PluginInfo(
                "org.apache.kafka.connect.file.FileStreamSourceConnector",
                PluginType.SOURCE,
                kafkaVersion),
            new PluginInfo(
                "org.apache.kafka.connect.mirror.MirrorSourceConnector",
                PluginType.SOURCE,
                kafkaVersion));
    assertThat(plugins)
        .extracting(PluginInfo::type)
        .containsOnly(PluginType.SOURCE, PluginType.SINK);
  }

  @Test
  void listPlugins_asksForEveryPluginKind() throws Exception {
    connect.enqueue(Answers.captured("plugins-all"));

    List<PluginInfo> plugins = connect.client().listPlugins();

    assertNoBody(
        assertSent(connect.takeRequest(), "GET", "/connector-plugins?connectorsOnly=false"));
    assertThat(plugins)
        .extracting(PluginInfo::type)
        .containsOnly(
            PluginType.SOURCE,
            PluginType.SINK,
            PluginType.CONVERTER,
            PluginType.HEADER_CONVERTER,
            PluginType.TRANSFORMATION,
            PluginType.PREDICATE);
    assertThat(plugins)
        .contains(
            new PluginInfo(
                "org.apache.kafka.connect.transforms.Cast$Value",
                PluginType.TRANSFORMATION,
                Fixtures.text("server-info", "version")));
  }

  @Test
  void listPlugins_readsEveryPluginTypeTheServerNames() {
    // synthetic: one plugin of each kind, for the mapping alone (the captured list is above)
    connect.enqueue(
        200,
        """
        [{"class":"a.Source","type":"source"},{"class":"a.Sink","type":"sink"},
         {"class":"a.Conv","type":"converter"},{"class":"a.HConv","type":"header_converter"},
         {"class":"a.Tx","type":"transformation"},{"class":"a.Pred","type":"predicate"}]""");

    assertThat(connect.client().listPlugins())
        .extracting(PluginInfo::type)
        .containsExactly(
            PluginType.SOURCE,
            PluginType.SINK,
            PluginType.CONVERTER,
            PluginType.HEADER_CONVERTER,
            PluginType.TRANSFORMATION,
            PluginType.PREDICATE);
  }

  @Test
  void listConnectorPlugins_whenAPluginReportsNoVersion_hasANullVersion() {
    // synthetic: every plugin of the capture reports a version; third-party ones may not
    connect.enqueue(200, "[{\"class\":\"io.example.NoVersionSink\",\"type\":\"sink\"}]");

    assertThat(connect.client().listConnectorPlugins())
        .singleElement()
        .satisfies(plugin -> assertThat(plugin.version()).isNull());
  }

  @Test
  void getPluginConfig_sendsGetConfigOfTheAlias_andDecodesTheKeyDefinitions() throws Exception {
    connect.enqueue(Answers.captured("plugin-config"));

    List<ConfigKeyInfo> keys = connect.client().getPluginConfig("FileStreamSource");

    assertNoBody(
        assertSent(connect.takeRequest(), "GET", "/connector-plugins/FileStreamSource/config"));
    assertThat(keys)
        .contains(
            new ConfigKeyInfo(
                "topic",
                "STRING",
                true,
                null,
                "HIGH",
                "The topic to publish data to",
                null,
                "NONE",
                "topic",
                List.of(),
                -1));
    // 4.x sends the position as order_in_group
    assertThat(keys)
        .filteredOn(key -> key.name().equals("tasks.max"))
        .singleElement()
        .satisfies(
            key -> {
              assertThat(key.group()).isEqualTo("Common");
              assertThat(key.order()).isEqualTo(4);
              assertThat(key.type()).isEqualTo("INT");
              assertThat(key.defaultValue()).isEqualTo("1");
            });
  }

  @Test
  void getPluginConfig_ofANestedClass_encodesTheDollarSign() throws Exception {
    connect.enqueue(200, "[]");

    connect.client().getPluginConfig("org.apache.kafka.connect.transforms.InsertField$Value");

    assertSent(
        connect.takeRequest(),
        "GET",
        "/connector-plugins/org.apache.kafka.connect.transforms.InsertField%24Value/config");
  }

  @Test
  void validateConnectorConfig_putsTheConfig_andReturnsErrorsAsANormalResult() throws Exception {
    connect.enqueue(Answers.captured("validate-errors"));
    Map<String, String> config = new LinkedHashMap<>();
    config.put("connector.class", "FileStreamSource");
    config.put("tasks.max", "0");

    ConfigValidation validation =
        connect.client().validateConnectorConfig("FileStreamSource", config);

    RecordedRequest request =
        assertSent(
            connect.takeRequest(), "PUT", "/connector-plugins/FileStreamSource/config/validate");
    assertJsonBody(request, "{\"connector.class\":\"FileStreamSource\",\"tasks.max\":\"0\"}");
    assertThat(validation.name()).isEqualTo("FileStreamSource");
    assertThat(validation.errorCount()).isEqualTo(1);
    assertThat(validation.hasErrors()).isTrue();
    assertThat(validation.groups()).startsWith("Common", "Transforms");
    assertThat(validation.errorsByKey())
        .containsExactly(
            Map.entry(
                "tasks.max",
                List.of("Invalid value 0 for configuration tasks.max: Value must be at least 1")));
    assertThat(validation.configs())
        .filteredOn(info -> info.name().equals("tasks.max"))
        .singleElement()
        .satisfies(
            info -> {
              assertThat(info.definition().order()).isEqualTo(4);
              assertThat(info.definition().displayName()).isEqualTo("Tasks max");
              assertThat(info.value().value()).isEqualTo("0");
              assertThat(info.value().visible()).isTrue();
            });
  }

  @Test
  void validateConnectorConfig_ofAKeyInNoConfigDef_hasANullDefinition() {
    // synthetic: 4.3.1 leaves keys outside the ConfigDef out of the answer (the capture's
    // database.password is not listed); a null definition is what the model must still take
    connect.enqueue(
        200,
        """
        {"name":"FileStreamSource","error_count":0,"groups":["Common"],"configs":[{"definition":null,\
        "value":{"name":"extra.key","value":"x","recommended_values":[],"errors":[],"visible":true}}]}""");

    ConfigValidation validation =
        connect.client().validateConnectorConfig("FileStreamSource", Map.of("extra.key", "x"));

    assertThat(validation.hasErrors()).isFalse();
    assertThat(validation.configs())
        .singleElement()
        .satisfies(
            info -> {
              assertThat(info.definition()).isNull();
              assertThat(info.name()).isEqualTo("extra.key");
            });
  }

  // ------------------------------------------------------------ KIP-891: one version of a plugin

  @Test
  void getPluginConfig_ofAVersion_sendsTheVersionQuery_encoded() throws Exception {
    connect.enqueue(Answers.captured("plugin-config"));

    List<ConfigKeyInfo> keys = connect.client().getPluginConfig("FileStreamSource", "[4.0,4.4)");

    assertThat(keys).extracting(ConfigKeyInfo::name).contains("file", "topic");
    assertNoBody(
        assertSent(
            connect.takeRequest(),
            "GET",
            "/connector-plugins/FileStreamSource/config?version=%5B4.0%2C4.4%29"));
  }

  @Test
  void getPluginConfig_ofAVersionNotInstalled_isTheServersBadRequest() {
    // text of a 4.1 worker (API reference §4.25)
    connect.enqueue(
        Answers.error(
            400,
            "Plugin FileStreamSource not found that matches the version range [9.9,9.9],"
                + " available versions: [4.3.1]"));

    assertThatThrownBy(() -> connect.client().getPluginConfig("FileStreamSource", "[9.9,9.9]"))
        .isExactlyInstanceOf(BadRequestException.class)
        .hasMessageContaining("available versions: [4.3.1]");
  }

  @Test
  void validateConnectorConfig_ofAVersion_sendsItAsConnectorPluginVersionInTheConfig()
      throws Exception {
    connect.enqueue(Answers.captured("validate-errors"));
    Map<String, String> config = new LinkedHashMap<>();
    config.put("connector.class", "FileStreamSource");
    config.put("tasks.max", "0");

    connect.client().validateConnectorConfig("FileStreamSource", "4.3.1", config);

    RecordedRequest request =
        assertSent(
            connect.takeRequest(), "PUT", "/connector-plugins/FileStreamSource/config/validate");
    assertJsonBody(
        request,
        "{\"connector.class\":\"FileStreamSource\",\"tasks.max\":\"0\","
            + "\"connector.plugin.version\":\"4.3.1\"}");
    assertThat(config).as("the caller's map is left alone").hasSize(2);
  }

  @Test
  void validateConnectorConfig_ofAVersion_acceptsAConfigNamingTheSameVersion() throws Exception {
    connect.enqueue(Answers.captured("validate-errors"));

    connect
        .client()
        .validateConnectorConfig(
            "FileStreamSource",
            "4.3.1",
            Map.of("connector.class", "FileStreamSource", "connector.plugin.version", "4.3.1"));

    assertThat(connect.takeRequest().getBody().utf8())
        .contains("\"connector.plugin.version\":\"4.3.1\"");
  }

  @Test
  void validateConnectorConfig_ofAVersionTheConfigContradicts_isRefusedBeforeAnyRequest() {
    assertThatThrownBy(
            () ->
                connect
                    .client()
                    .validateConnectorConfig(
                        "FileStreamSource", "4.3.1", Map.of("connector.plugin.version", "4.2.0")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("config has connector.plugin.version=4.2.0, which contradicts version 4.3.1");
    assertThat(connect.requestCount() + connect.rootRequestCount()).isZero();
  }

  @Test
  void pluginVersionArguments_thatAreNullOrBlank_areRefusedBeforeAnyRequest() {
    ConnectClient client = connect.client();

    assertThatThrownBy(() -> client.getPluginConfig("FileStreamSource", null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("version == null");
    assertThatThrownBy(() -> client.getPluginConfig("FileStreamSource", " "))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must not be blank");
    assertThatThrownBy(() -> client.validateConnectorConfig("FileStreamSource", "", Map.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must not be blank");
    assertThat(connect.requestCount() + connect.rootRequestCount()).isZero();
  }
}
