package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.InitialState;
import io.github.connectclient.model.PluginType;
import io.github.connectclient.model.State;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Reads and writes a model enum in the server's spelling, ignoring case when reading.
 *
 * <p>{@link State}, {@link ConnectorType} and {@link PluginType} read unknown values as {@code
 * UNKNOWN}; {@link InitialState} has no such constant and rejects them.
 */
final class ServerEnumAdapter<E extends Enum<E>> extends JsonAdapter<E> {

  /** Serves the model enums without qualifiers. */
  static final JsonAdapter.Factory FACTORY =
      (type, annotations, moshi) -> {
        if (!annotations.isEmpty()) {
          return null;
        }
        if (type == State.class) {
          return new ServerEnumAdapter<>(State.class, State::fromString, State::serverValue)
              .nullSafe();
        }
        if (type == ConnectorType.class) {
          return new ServerEnumAdapter<>(
                  ConnectorType.class, ConnectorType::fromString, ConnectorType::serverValue)
              .nullSafe();
        }
        if (type == PluginType.class) {
          return new ServerEnumAdapter<>(
                  PluginType.class, PluginType::fromString, PluginType::serverValue)
              .nullSafe();
        }
        if (type == InitialState.class) {
          return new ServerEnumAdapter<>(
                  InitialState.class, InitialState::fromString, InitialState::serverValue)
              .nullSafe();
        }
        return null;
      };

  private final Class<E> type;
  private final Function<String, E> parse;
  private final Function<E, String> format;

  private ServerEnumAdapter(Class<E> type, Function<String, E> parse, Function<E, String> format) {
    this.type = type;
    this.parse = parse;
    this.format = format;
  }

  @Override
  public E fromJson(JsonReader reader) throws IOException {
    String path = reader.getPath();
    String value = reader.nextString();
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new JsonDataException(
          "Expected one of "
              + Arrays.toString(type.getEnumConstants())
              + " but was "
              + value
              + " at path "
              + path,
          e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, E value) throws IOException {
    writer.value(format.apply(value));
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + type.getSimpleName() + ")";
  }
}
