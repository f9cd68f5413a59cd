package io.github.connectclient.testconnector;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * A sink connector that reads its topics and drops every record: a second, separate plugin for
 * tests that install plugins on some workers only.
 */
public final class DiscardSinkConnector extends SinkConnector {

  private Map<String, String> config;

  /** Instantiated by the Connect worker. */
  public DiscardSinkConnector() {}

  @Override
  public void start(Map<String, String> props) {
    this.config = Map.copyOf(props);
  }

  @Override
  public Class<? extends Task> taskClass() {
    return DiscardSinkTask.class;
  }

  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    return Collections.nCopies(maxTasks, config);
  }

  @Override
  public void stop() {}

  @Override
  public ConfigDef config() {
    return new ConfigDef();
  }

  @Override
  public String version() {
    return CountingSourceConnector.VERSION;
  }
}
