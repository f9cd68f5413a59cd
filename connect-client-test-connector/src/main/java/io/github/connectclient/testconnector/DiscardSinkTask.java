package io.github.connectclient.testconnector;

import java.util.Collection;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

/** Drops the records {@link DiscardSinkConnector} reads. */
public final class DiscardSinkTask extends SinkTask {

  /** Instantiated by the Connect worker. */
  public DiscardSinkTask() {}

  @Override
  public void start(Map<String, String> props) {}

  @Override
  public void put(Collection<SinkRecord> records) {}

  @Override
  public void stop() {}

  @Override
  public String version() {
    return CountingSourceConnector.VERSION;
  }
}
