package io.github.connectclient.testconnector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/**
 * Writes the records of {@link CountingSourceConnector}, resuming after the last committed
 * position, so a restart does not write them twice.
 */
public final class CountingSourceTask extends SourceTask {

  private static final Map<String, String> PARTITION = Map.of("source", "counting");
  private static final String POSITION = "position";

  private String topic;
  private String prefix;
  private int count;
  private long next;

  /** Instantiated by the Connect worker. */
  public CountingSourceTask() {}

  @Override
  public void start(Map<String, String> props) {
    AbstractConfig config = new AbstractConfig(CountingSourceConnector.CONFIG, props);
    topic = config.getString("topic");
    prefix = config.getString("prefix");
    count = config.getInt("count");
    Map<String, Object> offset = context.offsetStorageReader().offset(PARTITION);
    next = offset == null ? 0 : ((Number) offset.get(POSITION)).longValue() + 1;
  }

  @Override
  public List<SourceRecord> poll() throws InterruptedException {
    if (next >= count) {
      Thread.sleep(200); // done: idle without spinning
      return null;
    }
    List<SourceRecord> records = new ArrayList<>();
    for (; next < count; next++) {
      records.add(
          new SourceRecord(
              PARTITION,
              Map.of(POSITION, next),
              topic,
              null,
              Schema.STRING_SCHEMA,
              prefix + "-" + next));
    }
    return records;
  }

  @Override
  public void stop() {}

  @Override
  public String version() {
    return CountingSourceConnector.VERSION;
  }
}
