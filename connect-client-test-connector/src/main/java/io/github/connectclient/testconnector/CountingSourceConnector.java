package io.github.connectclient.testconnector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * A source connector that writes {@code count} records, {@code <prefix>-0} to {@code
 * <prefix>-<count-1>}, to {@code topic}, then idles. It ships without a ServiceLoader manifest, as
 * most connectors do, so the testkit's plugin installation has to cope with that.
 */
public final class CountingSourceConnector extends SourceConnector {

  /** The version this plugin reports in {@code GET /connector-plugins}. */
  public static final String VERSION = "1.0.0-test";

  static final ConfigDef CONFIG =
      new ConfigDef()
          .define("topic", ConfigDef.Type.STRING, ConfigDef.Importance.HIGH, "Topic to write to")
          .define("count", ConfigDef.Type.INT, 3, ConfigDef.Importance.MEDIUM, "How many records")
          .define(
              "prefix",
              ConfigDef.Type.STRING,
              "record",
              ConfigDef.Importance.LOW,
              "Prefix of the values");

  private Map<String, String> config;

  /** Instantiated by the Connect worker. */
  public CountingSourceConnector() {}

  @Override
  public void start(Map<String, String> props) {
    CONFIG.parse(props);
    this.config = Map.copyOf(props);
  }

  @Override
  public Class<? extends Task> taskClass() {
    return CountingSourceTask.class;
  }

  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    List<Map<String, String>> configs = new ArrayList<>();
    configs.add(config); // one task writes every record once
    return configs;
  }

  @Override
  public void stop() {}

  @Override
  public ConfigDef config() {
    return CONFIG;
  }

  @Override
  public String version() {
    return VERSION;
  }
}
