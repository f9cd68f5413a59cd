package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes untyped JSON values ({@code Object}), as in offset partition and offset maps.
 *
 * <p>Unlike Moshi's built-in adapter, integral numbers decode as {@link Long} (or {@link
 * BigInteger} beyond its range) instead of {@link Double}, so that {@code 5} goes back out as
 * {@code 5}: the worker rejects {@code "kafka_offset": 5.0}. Other numbers decode as {@link
 * Double}; objects and arrays as unmodifiable {@link LinkedHashMap}s and {@link ArrayList}s.
 */
final class JsonValueAdapter extends JsonAdapter<Object> {

  /** Serves {@code Object} without qualifiers. */
  static final JsonAdapter.Factory FACTORY =
      (type, annotations, moshi) ->
          type == Object.class && annotations.isEmpty() ? new JsonValueAdapter(moshi) : null;

  private final Moshi moshi;

  private JsonValueAdapter(Moshi moshi) {
    this.moshi = moshi;
  }

  @Override
  public Object fromJson(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        return readObject(reader);
      case BEGIN_ARRAY:
        return readArray(reader);
      case STRING:
        return reader.nextString();
      case NUMBER:
        return parseNumber(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException(
            "Expected a value but was " + reader.peek() + " at path " + reader.getPath());
    }
  }

  private Map<String, Object> readObject(JsonReader reader) throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      Object value = fromJson(reader);
      if (map.containsKey(name)) {
        throw new JsonDataException(
            "Map key '" + name + "' has multiple values at path " + reader.getPath());
      }
      map.put(name, value);
    }
    reader.endObject();
    return Collections.unmodifiableMap(map);
  }

  private List<Object> readArray(JsonReader reader) throws IOException {
    List<Object> list = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      list.add(fromJson(reader));
    }
    reader.endArray();
    return Collections.unmodifiableList(list);
  }

  private static Number parseNumber(String literal) {
    boolean integral =
        literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
    if (integral) {
      BigInteger value = new BigInteger(literal);
      return value.bitLength() < Long.SIZE ? (Number) value.longValue() : value;
    }
    return Double.parseDouble(literal);
  }

  @Override
  public void toJson(JsonWriter writer, Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        writer.name(String.valueOf(entry.getKey()));
        toJson(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof Collection<?> collection) {
      writer.beginArray();
      for (Object element : collection) {
        toJson(writer, element);
      }
      writer.endArray();
    } else if (value instanceof String string) {
      writer.value(string);
    } else if (value instanceof Boolean bool) {
      writer.value(bool.booleanValue());
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      writer.value(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      writer.value(((Number) value).doubleValue());
    } else if (value instanceof BigInteger || value instanceof BigDecimal) {
      writer.value((Number) value);
    } else if (value.getClass() == Object.class) {
      writer.beginObject().endObject();
    } else {
      moshi.adapter(value.getClass()).toJson(writer, cast(value));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  @Override
  public String toString() {
    return "JsonAdapter(Object)";
  }
}
