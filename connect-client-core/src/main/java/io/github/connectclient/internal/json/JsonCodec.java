package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.connectclient.model.ConfigKeyInfo;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * Encodes request bodies and decodes response bodies of the Connect REST API.
 *
 * <p>Create one per client with {@link #create()}: the Moshi instance and its adapters are built
 * once and cached. Instances are immutable and thread-safe.
 *
 * <p>Decoding streams from the source, ignores unknown members, maps unknown enum values to {@code
 * UNKNOWN}, and turns absent collections into empty ones. Anything wrong with the body becomes a
 * {@link JsonDecodeException} carrying the JSON path.
 *
 * <p>Encoding writes {@code null} values ({@code null} in a PATCH body removes the key; a {@code
 * null} offset removes that partition's offset), except that {@code initial_state} of a new
 * connector and the optional members of status entries are left out when unset.
 */
public final class JsonCodec {

  private static final Pattern PATH_AT_END = Pattern.compile(" at (?:path )?(\\$\\S*)$");

  private final Moshi moshi;
  private final ConcurrentMap<Type, JsonAdapter<Object>> adapters = new ConcurrentHashMap<>();

  private JsonCodec(Moshi moshi) {
    this.moshi = moshi;
  }

  /** Returns a codec for all model types, their lists and maps, strings and plain JSON values. */
  public static JsonCodec create() {
    Moshi moshi =
        new Moshi.Builder()
            .add(new NonNullElements())
            .add(new RecordConstructionGuard())
            .add(ModelRecordAdapter.FACTORY)
            .add(ConfigKeyInfo.class, new ConfigKeyInfoAdapter().nullSafe())
            .add(ServerEnumAdapter.FACTORY)
            .add(JsonValueAdapter.FACTORY)
            .build();
    return new JsonCodec(moshi);
  }

  /**
   * Reads one JSON value of {@code type} from {@code source}, which must hold nothing else but
   * whitespace. The source is read as needed, not buffered whole, and is not closed.
   *
   * <p>Use {@code Object.class} for an untyped value: maps, lists, strings, {@link Long}s for
   * integers, {@link Double}s, booleans.
   *
   * @return the value; never {@code null}
   * @throws JsonDecodeException if the body is empty, not JSON, truncated, {@code null}, followed
   *     by more data, or does not match {@code type}
   * @throws IOException if reading the source fails for another reason (a socket error)
   * @throws IllegalArgumentException if {@code type} cannot be decoded at all (a programming error)
   */
  public <T> T decode(BufferedSource source, Type type) throws IOException {
    Objects.requireNonNull(source, "source == null");
    JsonAdapter<Object> adapter = adapter(type);
    if (source.exhausted()) {
      throw new JsonDecodeException("Expected a JSON value but the body was empty at path $", "$");
    }
    JsonReader reader = JsonReader.of(source);
    Object value;
    try {
      value = adapter.fromJson(reader);
      if (value == null) {
        throw new JsonDecodeException("Expected a value but was null at path $", "$");
      }
      requireEndOfDocument(reader);
    } catch (JsonDecodeException e) {
      throw e;
    } catch (JsonEncodingException e) {
      throw malformed(reader, e);
    } catch (EOFException e) {
      String path = reader.getPath();
      throw new JsonDecodeException("Unexpected end of JSON input at path " + path, path, e);
    } catch (JsonDataException e) {
      throw fromMoshi(reader, e);
    } catch (RuntimeException e) {
      String path = reader.getPath();
      throw new JsonDecodeException(
          "Could not decode " + typeName(type) + " at path " + path + ": " + e, path, e);
    }
    return cast(value);
  }

  /** Like {@link #decode(BufferedSource, Type)}, with a class for the common non-generic case. */
  public <T> T decode(BufferedSource source, Class<T> type) throws IOException {
    return decode(source, (Type) type);
  }

  /**
   * Decodes {@code json}; see {@link #decode(BufferedSource, Type)}.
   *
   * @throws JsonDecodeException if {@code json} is not a non-null JSON value of {@code type}
   */
  public <T> T decode(String json, Type type) {
    Objects.requireNonNull(json, "json == null");
    try {
      return decode(new Buffer().writeUtf8(json), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // Unreachable: a Buffer does no I/O.
    }
  }

  /** Like {@link #decode(String, Type)}, with a class for the common non-generic case. */
  public <T> T decode(String json, Class<T> type) {
    return decode(json, (Type) type);
  }

  /**
   * Converts an untyped JSON value, as decoded with {@code Object.class}, into {@code type}. Useful
   * when the shape is only known after looking at the value (an array or an object).
   *
   * @return the value; never {@code null}
   * @throws JsonDecodeException if {@code jsonValue} is {@code null} or does not match {@code type}
   */
  public <T> T convert(Object jsonValue, Type type) {
    JsonAdapter<Object> adapter = adapter(type);
    if (jsonValue == null) {
      throw new JsonDecodeException("Expected a value but was null at path $", "$");
    }
    try {
      return cast(adapter.fromJsonValue(jsonValue));
    } catch (JsonDecodeException e) {
      throw e;
    } catch (JsonDataException e) {
      String path = pathIn(e.getMessage(), "$");
      throw new JsonDecodeException(e.getMessage(), path, e);
    } catch (RuntimeException e) {
      throw new JsonDecodeException("Could not convert to " + typeName(type) + ": " + e, "$", e);
    }
  }

  /**
   * Writes {@code value} as JSON of {@code type} to {@code sink} and flushes it; does not close it.
   *
   * @throws IOException if writing to the sink fails
   */
  public void encode(Object value, Type type, BufferedSink sink) throws IOException {
    Objects.requireNonNull(sink, "sink == null");
    JsonAdapter<Object> adapter = adapter(type);
    JsonWriter writer = JsonWriter.of(sink);
    writer.setSerializeNulls(true);
    adapter.toJson(writer, value);
    writer.flush();
  }

  /**
   * Returns {@code value} as UTF-8 JSON of {@code type}; see {@link #encode(Object, Type,
   * BufferedSink)}.
   */
  public byte[] encode(Object value, Type type) {
    Buffer buffer = new Buffer();
    try {
      encode(value, type, buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // Unreachable: a Buffer does no I/O.
    }
    return buffer.readByteArray();
  }

  /** Returns {@code value} as a JSON string of {@code type}, for tests and diagnostics. */
  public String encodeToString(Object value, Type type) {
    return new String(encode(value, type), StandardCharsets.UTF_8);
  }

  private JsonAdapter<Object> adapter(Type type) {
    Objects.requireNonNull(type, "type == null");
    return adapters.computeIfAbsent(type, moshi::adapter);
  }

  private static void requireEndOfDocument(JsonReader reader) throws IOException {
    JsonReader.Token next;
    try {
      next = reader.peek();
    } catch (JsonEncodingException e) {
      throw trailingData(reader, e);
    }
    if (next != JsonReader.Token.END_DOCUMENT) {
      throw trailingData(reader, null);
    }
  }

  private static JsonDecodeException trailingData(JsonReader reader, Exception cause) {
    String path = reader.getPath();
    return new JsonDecodeException(
        "Unexpected data after the JSON value at path " + path, path, cause);
  }

  private static JsonDecodeException malformed(JsonReader reader, JsonEncodingException e) {
    String path = reader.getPath();
    String detail = e.getMessage() == null ? "" : e.getMessage();
    if (detail.startsWith("Use JsonReader.setLenient(true)") || detail.isEmpty()) {
      return new JsonDecodeException("Malformed JSON at path " + path, path, e);
    }
    path = pathIn(detail, path);
    return new JsonDecodeException("Malformed JSON: " + withPath(detail, path), path, e);
  }

  private static JsonDecodeException fromMoshi(JsonReader reader, JsonDataException e) {
    String path = pathIn(e.getMessage(), reader.getPath());
    return new JsonDecodeException(withPath(e.getMessage(), path), path, e);
  }

  /** Returns the path a Moshi message ends with ("... at path $.a" or "... at $.a") or fallback. */
  private static String pathIn(String message, String fallback) {
    if (message != null) {
      Matcher matcher = PATH_AT_END.matcher(message);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return fallback;
  }

  private static String withPath(String message, String path) {
    if (message == null) {
      return "Invalid JSON at path " + path;
    }
    return PATH_AT_END.matcher(message).find() ? message : message + " at path " + path;
  }

  private static String typeName(Type type) {
    return type instanceof Class<?> clazz ? clazz.getSimpleName() : type.getTypeName();
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}
