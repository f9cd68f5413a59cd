package io.github.connectclient.testconnector;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.codec.binary.Base64;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * A transformation that Base64-encodes string values with commons-codec: a plugin with a runtime
 * dependency of its own, which only works when the plugin was installed together with it.
 *
 * @param <R> the record type
 */
public final class Base64Transform<R extends ConnectRecord<R>> implements Transformation<R> {

  /** Instantiated by the Connect worker. */
  public Base64Transform() {}

  @Override
  public R apply(R record) {
    if (!(record.value() instanceof String value)) {
      return record;
    }
    String encoded = Base64.encodeBase64String(value.getBytes(StandardCharsets.UTF_8));
    return record.newRecord(
        record.topic(),
        record.kafkaPartition(),
        record.keySchema(),
        record.key(),
        record.valueSchema(),
        encoded,
        record.timestamp());
  }

  @Override
  public ConfigDef config() {
    return new ConfigDef();
  }

  @Override
  public void close() {}

  @Override
  public void configure(Map<String, ?> configs) {}
}
