package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.connectclient.model.TaskState;
import java.io.IOException;

/**
 * {@code {"id", "state", "worker_id", "trace"?, "version"?}}: the {@code state} string feeds both
 * {@link TaskState#state()} and {@link TaskState#rawState()}. {@code id} is required.
 */
final class TaskStateAdapter extends JsonAdapter<TaskState> {

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("id", "state", "worker_id", "trace", "version");

  @Override
  public TaskState fromJson(JsonReader reader) throws IOException {
    String path = reader.getPath();
    Integer id = null;
    String rawState = null;
    String workerId = null;
    String trace = null;
    String version = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0 -> id = reader.nextInt();
        case 1 -> rawState = JsonFields.nextNullableString(reader);
        case 2 -> workerId = JsonFields.nextNullableString(reader);
        case 3 -> trace = JsonFields.nextNullableString(reader);
        case 4 -> version = JsonFields.nextNullableString(reader);
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (id == null) {
      throw JsonFields.missing("id", path);
    }
    return new TaskState(id, null, workerId, trace, version, rawState);
  }

  @Override
  public void toJson(JsonWriter writer, TaskState value) throws IOException {
    writer.beginObject();
    writer.name("id").value(value.id());
    writer.name("state").value(value.rawState());
    writer.name("worker_id").value(value.workerId());
    JsonFields.writeIfPresent(writer, "trace", value.trace());
    JsonFields.writeIfPresent(writer, "version", value.version());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(TaskState)";
  }
}
