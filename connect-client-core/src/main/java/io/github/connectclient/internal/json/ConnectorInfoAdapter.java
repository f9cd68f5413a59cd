package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.TaskId;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code {"name", "config", "tasks", "type"}}: the {@code type} string feeds both {@link
 * ConnectorInfo#type()} and {@link ConnectorInfo#rawType()}.
 */
final class ConnectorInfoAdapter extends JsonAdapter<ConnectorInfo> {

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("name", "config", "tasks", "type");

  private final JsonAdapter<Map<String, String>> configAdapter;
  private final JsonAdapter<List<TaskId>> tasksAdapter;

  ConnectorInfoAdapter(Moshi moshi) {
    this.configAdapter = moshi.adapter(JsonTypes.STRING_MAP);
    this.tasksAdapter = moshi.adapter(JsonTypes.listOf(TaskId.class));
  }

  @Override
  public ConnectorInfo fromJson(JsonReader reader) throws IOException {
    String name = null;
    Map<String, String> config = null;
    List<TaskId> tasks = null;
    String rawType = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0 -> name = JsonFields.nextNullableString(reader);
        case 1 -> config = configAdapter.fromJson(reader);
        case 2 -> tasks = tasksAdapter.fromJson(reader);
        case 3 -> rawType = JsonFields.nextNullableString(reader);
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    return new ConnectorInfo(name, config, tasks, null, rawType);
  }

  @Override
  public void toJson(JsonWriter writer, ConnectorInfo value) throws IOException {
    writer.beginObject();
    writer.name("name").value(value.name());
    writer.name("config");
    configAdapter.toJson(writer, value.config());
    writer.name("tasks");
    tasksAdapter.toJson(writer, value.tasks());
    writer.name("type").value(value.rawType());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ConnectorInfo)";
  }
}
