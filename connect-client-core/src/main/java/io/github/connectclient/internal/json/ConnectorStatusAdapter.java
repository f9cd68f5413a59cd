package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.connectclient.model.ConnectorState;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.TaskState;
import java.io.IOException;
import java.util.List;

/**
 * {@code {"name", "connector", "tasks", "type"}}: the {@code type} string feeds both {@link
 * ConnectorStatus#type()} and {@link ConnectorStatus#rawType()}.
 */
final class ConnectorStatusAdapter extends JsonAdapter<ConnectorStatus> {

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("name", "connector", "tasks", "type");

  private final JsonAdapter<ConnectorState> connectorAdapter;
  private final JsonAdapter<List<TaskState>> tasksAdapter;

  ConnectorStatusAdapter(Moshi moshi) {
    this.connectorAdapter = moshi.adapter(ConnectorState.class);
    this.tasksAdapter = moshi.adapter(JsonTypes.listOf(TaskState.class));
  }

  @Override
  public ConnectorStatus fromJson(JsonReader reader) throws IOException {
    String name = null;
    ConnectorState connector = null;
    List<TaskState> tasks = null;
    String rawType = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0 -> name = JsonFields.nextNullableString(reader);
        case 1 -> connector = connectorAdapter.fromJson(reader);
        case 2 -> tasks = tasksAdapter.fromJson(reader);
        case 3 -> rawType = JsonFields.nextNullableString(reader);
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    return new ConnectorStatus(name, connector, tasks, null, rawType);
  }

  @Override
  public void toJson(JsonWriter writer, ConnectorStatus value) throws IOException {
    writer.beginObject();
    writer.name("name").value(value.name());
    writer.name("connector");
    connectorAdapter.toJson(writer, value.connector());
    writer.name("tasks");
    tasksAdapter.toJson(writer, value.tasks());
    writer.name("type").value(value.rawType());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ConnectorStatus)";
  }
}
