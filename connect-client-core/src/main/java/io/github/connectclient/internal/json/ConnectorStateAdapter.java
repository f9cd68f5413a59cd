package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.connectclient.model.ConnectorState;
import java.io.IOException;

/**
 * {@code {"state", "worker_id", "trace"?, "version"?}}: the {@code state} string feeds both
 * {@link ConnectorState#state()} and {@link ConnectorState#rawState()}.
 */
final class ConnectorStateAdapter extends JsonAdapter<ConnectorState> {

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("state", "worker_id", "trace", "version");

  @Override
  public ConnectorState fromJson(JsonReader reader) throws IOException {
    String rawState = null;
    String workerId = null;
    String trace = null;
    String version = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0 -> rawState = JsonFields.nextNullableString(reader);
        case 1 -> workerId = JsonFields.nextNullableString(reader);
        case 2 -> trace = JsonFields.nextNullableString(reader);
        case 3 -> version = JsonFields.nextNullableString(reader);
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    return new ConnectorState(null, workerId, trace, version, rawState);
  }

  @Override
  public void toJson(JsonWriter writer, ConnectorState value) throws IOException {
    writer.beginObject();
    writer.name("state").value(value.rawState());
    writer.name("worker_id").value(value.workerId());
    JsonFields.writeIfPresent(writer, "trace", value.trace());
    JsonFields.writeIfPresent(writer, "version", value.version());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ConnectorState)";
  }
}
