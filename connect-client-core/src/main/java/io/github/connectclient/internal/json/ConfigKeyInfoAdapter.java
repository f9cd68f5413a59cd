package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.connectclient.model.ConfigKeyInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plugin's config key definition. The position within its group arrives as {@code order_in_group}
 * from Kafka 4.x workers (seen on 4.3.1) and as {@code order} from older ones; both feed {@link
 * ConfigKeyInfo#order()}, which is -1 when neither is present.
 *
 * <p>Hand-written on purpose, as the one record {@link ModelRecordAdapter} and Moshi's record
 * support cannot map: two JSON names feed one component, absent or {@code null} primitives take a
 * default ({@code false}, {@code -1}) instead of failing, {@code dependents} keeps {@code null}
 * elements, and encoding writes {@code order_in_group} after {@code group}, as the worker does.
 */
final class ConfigKeyInfoAdapter extends JsonAdapter<ConfigKeyInfo> {

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "name",
          "type",
          "required",
          "default_value",
          "importance",
          "documentation",
          "group",
          "width",
          "display_name",
          "dependents",
          "order",
          "order_in_group");

  @Override
  public ConfigKeyInfo fromJson(JsonReader reader) throws IOException {
    String name = null;
    String type = null;
    boolean required = false;
    String defaultValue = null;
    String importance = null;
    String documentation = null;
    String group = null;
    String width = null;
    String displayName = null;
    List<String> dependents = List.of();
    int order = -1;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(NAMES)) {
        case 0 -> name = nextNullableString(reader);
        case 1 -> type = nextNullableString(reader);
        case 2 -> required = nextBoolean(reader, false);
        case 3 -> defaultValue = nextNullableString(reader);
        case 4 -> importance = nextNullableString(reader);
        case 5 -> documentation = nextNullableString(reader);
        case 6 -> group = nextNullableString(reader);
        case 7 -> width = nextNullableString(reader);
        case 8 -> displayName = nextNullableString(reader);
        case 9 -> dependents = nextStrings(reader);
        case 10, 11 -> order = nextInt(reader, -1);
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    return new ConfigKeyInfo(
        name,
        type,
        required,
        defaultValue,
        importance,
        documentation,
        group,
        width,
        displayName,
        dependents,
        order);
  }

  /** Reads a string, or {@code null} for a JSON null; numbers are read as text. */
  private static String nextNullableString(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return reader.nextString();
  }

  private static boolean nextBoolean(JsonReader reader, boolean absent) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return absent;
    }
    return reader.nextBoolean();
  }

  private static int nextInt(JsonReader reader, int absent) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return absent;
    }
    return reader.nextInt();
  }

  private static List<String> nextStrings(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return List.of();
    }
    List<String> values = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      values.add(nextNullableString(reader));
    }
    reader.endArray();
    return values;
  }

  @Override
  public void toJson(JsonWriter writer, ConfigKeyInfo value) throws IOException {
    writer.beginObject();
    writer.name("name").value(value.name());
    writer.name("type").value(value.type());
    writer.name("required").value(value.required());
    writer.name("default_value").value(value.defaultValue());
    writer.name("importance").value(value.importance());
    writer.name("documentation").value(value.documentation());
    writer.name("group").value(value.group());
    writer.name("order_in_group").value(value.order());
    writer.name("width").value(value.width());
    writer.name("display_name").value(value.displayName());
    writer.name("dependents").beginArray();
    for (String dependent : value.dependents()) {
      writer.value(dependent);
    }
    writer.endArray();
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ConfigKeyInfo)";
  }
}
