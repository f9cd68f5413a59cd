package io.github.connectclient.internal.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.connectclient.model.ConfigKeyInfo;
import io.github.connectclient.model.ConnectorState;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.TaskState;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes, in the server's shape, every record of the public model (but {@link
 * ConfigKeyInfo}), and any other record that Moshi's reflective record adapter cannot map: one with
 * an enum component and its raw string twin, or one with members the server leaves out when unset.
 * It also reports a compact constructor's rejection at the record's path, as {@link
 * RecordConstructionGuard} does for other records, building that path only on failure.
 *
 * <p><b>Twins.</b> A record with an enum component {@code x} and a {@code String} component {@code
 * rawX} (decision 0001) has one JSON member for both, named after {@code x}. Decoding reads it as a
 * string into {@code rawX} and passes {@code null} for {@code x}, so the record's constructor
 * derives the constant with the enum's {@code fromString}: a value this client does not know
 * becomes {@code UNKNOWN} and stays reachable as {@code rawX}. Encoding writes {@code rawX} under
 * {@code x}'s name, so an unknown value goes back out as the server sent it.
 *
 * <p><b>Everything else</b> follows Moshi's record conventions: the member is named by {@link
 * Json#name()} or else the component name, is read and written with the adapter Moshi gives the
 * component's type, unknown members are skipped, an absent member is {@code null}, and an absent
 * primitive is an error reported at the record's path.
 *
 * <p>The record is inspected once per class ({@link #SHAPES}); decoding selects member names with
 * {@link JsonReader.Options} and fills the constructor's arguments directly.
 */
final class ModelRecordAdapter extends JsonAdapter<Object> {

  /**
   * Members (by component name) left out of the JSON when {@code null}, as the server leaves them
   * out: specific to these records, so listed here rather than discovered. Every other member is
   * written, {@code null} or not ({@code initial_state} breaks workers before Kafka 3.7.0).
   */
  static final Map<Class<?>, Set<String>> OMITTED_WHEN_NULL =
      Map.of(
          ConnectorState.class, Set.of("trace", "version"),
          TaskState.class, Set.of("trace", "version"),
          PluginInfo.class, Set.of("version"),
          NewConnector.class, Set.of("initialState"));

  private static final ClassValue<RecordShape> SHAPES =
      new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
          return RecordShape.of(type);
        }
      };

  /** Serves the records described in the class documentation, without qualifiers. */
  static final JsonAdapter.Factory FACTORY =
      (type, annotations, moshi) -> {
        if (!annotations.isEmpty() || !(type instanceof Class<?> raw) || !raw.isRecord()) {
          return null;
        }
        RecordShape shape = SHAPES.get(raw);
        return shape == null ? null : new ModelRecordAdapter(shape, moshi).nullSafe();
      };

  private final RecordShape shape;
  private final JsonAdapter<Object>[] adapters;

  @SuppressWarnings("unchecked")
  private ModelRecordAdapter(RecordShape shape, Moshi moshi) {
    this.shape = shape;
    this.adapters = new JsonAdapter[shape.members.length];
    for (int i = 0; i < adapters.length; i++) {
      adapters[i] = moshi.adapter(shape.members[i].jsonType());
    }
  }

  @Override
  public Object fromJson(JsonReader reader) throws IOException {
    Object[] arguments = new Object[shape.componentCount];
    String lastName = null; // the reader's path is this record's + "." + the last name read
    reader.beginObject();
    try {
      while (reader.hasNext()) {
        int index = reader.selectName(shape.names);
        if (index < 0) {
          reader.skipName();
          lastName = "null"; // what Moshi's reader puts in its path for a skipped name
          reader.skipValue();
        } else {
          lastName = shape.members[index].jsonName();
          arguments[shape.members[index].argument()] = adapters[index].fromJson(reader);
        }
      }
    } catch (JsonDecodeException | JsonDataException e) {
      throw e;
    } catch (RuntimeException e) {
      throw rejected(reader.getPath(), e);
    }
    for (RecordShape.Member member : shape.primitives) {
      if (arguments[member.argument()] == null) {
        String path = recordPath(reader, lastName);
        throw new JsonDecodeException(member.missingText() + " missing at path " + path, path);
      }
    }
    Object value;
    try {
      value = shape.construct(arguments);
    } catch (RuntimeException e) {
      throw rejected(recordPath(reader, lastName), e);
    }
    reader.endObject();
    return value;
  }

  /**
   * The path of the record being read, from inside it: the reader's path without the {@code .name}
   * of the last member read. Built only for an error, never for a record that decodes.
   */
  private static String recordPath(JsonReader reader, String lastName) {
    String path = reader.getPath();
    String member = "." + (lastName == null ? "" : lastName);
    return path.endsWith(member) ? path.substring(0, path.length() - member.length()) : path;
  }

  /** A compact constructor's rejection of decoded values, reported at the record's path. */
  private JsonDecodeException rejected(String path, RuntimeException cause) {
    return new JsonDecodeException(
        "Invalid " + shape.recordName + " at path " + path + ": " + cause.getMessage(),
        path,
        cause);
  }

  @Override
  public void toJson(JsonWriter writer, Object value) throws IOException {
    writer.beginObject();
    for (int i = 0; i < adapters.length; i++) {
      RecordShape.Member member = shape.members[i];
      Object memberValue = member.read(value);
      if (memberValue != null || !member.omittedWhenNull()) {
        writer.name(member.jsonName());
        adapters[i].toJson(writer, memberValue);
      }
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + shape.recordName + ")";
  }

  /**
   * A record of the public model, other than {@link ConfigKeyInfo} (which has an adapter of its
   * own): read here rather than by Moshi's reflective record adapter, which builds its arguments
   * with {@code MethodHandle.invokeWithArguments} (a method type and a bound handle allocated for
   * every record decoded) and which {@link RecordConstructionGuard} must wrap.
   */
  static boolean isModelRecord(Class<?> type) {
    return type.getPackageName().equals(ConnectorState.class.getPackageName())
        && type != ConfigKeyInfo.class;
  }
}
