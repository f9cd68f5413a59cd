package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.connectclient.model.InitialState;
import io.github.connectclient.model.NewConnector;
import java.io.IOException;
import java.util.Map;

/**
 * {@code {"name", "config", "initial_state"?}}, the body of {@code POST /connectors}.
 *
 * <p>{@code initial_state} is left out when unset: workers before Kafka 3.7.0 answer 500 to a body
 * containing it, even as {@code null}. Config values are written as they are, {@code null}
 * included.
 */
final class NewConnectorAdapter extends JsonAdapter<NewConnector> {

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("name", "config", "initial_state");

  private final JsonAdapter<Map<String, String>> configAdapter;
  private final JsonAdapter<InitialState> initialStateAdapter;

  NewConnectorAdapter(Moshi moshi) {
    this.configAdapter = moshi.adapter(JsonTypes.STRING_MAP);
    this.initialStateAdapter = moshi.adapter(InitialState.class);
  }

  @Override
  public NewConnector fromJson(JsonReader reader) throws IOException {
    String name = null;
    Map<String, String> config = null;
    InitialState initialState = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0 -> name = JsonFields.nextNullableString(reader);
        case 1 -> config = configAdapter.fromJson(reader);
        case 2 -> initialState = initialStateAdapter.fromJson(reader);
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    return new NewConnector(name, config, initialState);
  }

  @Override
  public void toJson(JsonWriter writer, NewConnector value) throws IOException {
    writer.beginObject();
    writer.name("name").value(value.name());
    writer.name("config");
    configAdapter.toJson(writer, value.config());
    if (value.initialState() != null) {
      writer.name("initial_state");
      initialStateAdapter.toJson(writer, value.initialState());
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(NewConnector)";
  }
}
