package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.connectclient.model.PluginInfo;
import java.io.IOException;

/**
 * {@code {"class", "type", "version"?}}: the {@code type} string feeds both {@link
 * PluginInfo#type()} and {@link PluginInfo#rawType()}.
 */
final class PluginInfoAdapter extends JsonAdapter<PluginInfo> {

  private static final JsonReader.Options NAMES = JsonReader.Options.of("class", "type", "version");

  @Override
  public PluginInfo fromJson(JsonReader reader) throws IOException {
    String className = null;
    String rawType = null;
    String version = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0 -> className = JsonFields.nextNullableString(reader);
        case 1 -> rawType = JsonFields.nextNullableString(reader);
        case 2 -> version = JsonFields.nextNullableString(reader);
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    return new PluginInfo(className, null, version, rawType);
  }

  @Override
  public void toJson(JsonWriter writer, PluginInfo value) throws IOException {
    writer.beginObject();
    writer.name("class").value(value.className());
    writer.name("type").value(value.rawType());
    JsonFields.writeIfPresent(writer, "version", value.version());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(PluginInfo)";
  }
}
