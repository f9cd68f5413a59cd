package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, when decoding, a {@code null} element in a list of strings, enums or model records, and
 * a {@code null} value in a map of them: {@code ["src", null]} would otherwise become a {@code
 * List<String>} that throws a {@link NullPointerException} in the caller's code, far from the body
 * that caused it. Encoding is unchanged (a PATCH body uses {@code null} values on purpose), and
 * maps and lists of plain JSON values ({@code Object}, offsets) keep their nulls.
 */
final class NonNullElements implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof ParameterizedType parameterized)) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    boolean list = raw == List.class || raw == Collection.class;
    boolean map = raw == Map.class;
    Type[] arguments = parameterized.getActualTypeArguments();
    if (!(list && isNonNullable(arguments[0])) && !(map && isNonNullable(arguments[1]))) {
      return null;
    }
    JsonAdapter<Object> delegate = moshi.nextAdapter(this, type, annotations);
    if (list) {
      return new Checked(delegate, null, moshi.adapter(arguments[0]));
    }
    if (arguments[0] != String.class) {
      return new Checked(delegate, null, null);
    }
    return new Checked(
        delegate,
        moshi.adapter((Type) String.class),
        moshi.adapter(arguments[1]),
        arguments[1] == String.class);
  }

  /**
   * Reads a list or a map of non-nullable elements itself, straight into an {@link ArrayList} or a
   * {@link LinkedHashMap}, and refuses a {@code null} element where it meets it, with the reader's
   * path at that element (so no path is built for a body without one). A map whose keys are not
   * strings is read by Moshi's adapter and checked afterwards.
   */
  private static final class Checked extends JsonAdapter<Object> {
    private final JsonAdapter<Object> delegate;
    private final JsonAdapter<Object> keys;
    private final JsonAdapter<Object> elements;
    private final boolean stringValues;

    Checked(JsonAdapter<Object> delegate, JsonAdapter<Object> keys, JsonAdapter<Object> elements) {
      this(delegate, keys, elements, false);
    }

    Checked(
        JsonAdapter<Object> delegate,
        JsonAdapter<Object> keys,
        JsonAdapter<Object> elements,
        boolean stringValues) {
      this.delegate = delegate;
      this.keys = keys;
      this.elements = elements;
      this.stringValues = stringValues;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      if (elements == null) {
        return checkedMap(reader);
      }
      return keys == null ? list(reader) : map(reader);
    }

    private List<Object> list(JsonReader reader) throws IOException {
      List<Object> result = new ArrayList<>();
      reader.beginArray();
      while (reader.hasNext()) {
        if (reader.peek() == JsonReader.Token.NULL) {
          throw new JsonDataException("Unexpected null element at path " + reader.getPath());
        }
        result.add(elements.fromJson(reader));
      }
      reader.endArray();
      return result;
    }

    /**
     * As Moshi's map adapter reads it, its messages kept, into a {@link LinkedHashMap}; names (and
     * string values) the body repeats are shared, not decoded again ({@link RepeatedStrings}).
     */
    private Map<Object, Object> map(JsonReader reader) throws IOException {
      Map<Object, Object> result = new LinkedHashMap<>();
      // A config's keys and values repeat across the connectors of a listing; a listing's names
      // (the connectors') do not.
      RepeatedStrings names = stringValues ? RepeatedStrings.names(reader) : null;
      RepeatedStrings values = stringValues ? RepeatedStrings.values(reader) : null;
      reader.beginObject();
      while (reader.hasNext()) {
        Object name = names == null ? reader.nextName() : names.nextName(reader);
        if (reader.peek() == JsonReader.Token.NULL) {
          throw new JsonDataException("Unexpected null value at path " + reader.getPath());
        }
        Object value = values == null ? null : values.selectString(reader);
        if (value == null) {
          value = elements.fromJson(reader);
          if (values != null && value instanceof String string) {
            values.learn(string);
          }
        }
        Object replaced = result.put(name, value);
        if (replaced != null) {
          throw new JsonDataException(
              "Map key '"
                  + name
                  + "' has multiple values at path "
                  + reader.getPath()
                  + ": "
                  + replaced
                  + " and "
                  + value);
        }
      }
      reader.endObject();
      if (stringValues) {
        names.update();
        values.update();
      }
      return result;
    }

    private Object checkedMap(JsonReader reader) throws IOException {
      String path = reader.getPath();
      Object value = delegate.fromJson(reader);
      if (value instanceof Map<?, ?> entries) {
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
          if (entry.getValue() == null) {
            throw new JsonDataException(
                "Unexpected null value at path " + path + "." + entry.getKey());
          }
        }
      }
      return value;
    }

    @Override
    public void toJson(JsonWriter writer, Object value) throws IOException {
      delegate.toJson(writer, value);
    }

    @Override
    public String toString() {
      return delegate + ".nonNullElements()";
    }
  }

  /** Strings, enums and records: what the API promises as present when listed. */
  private static boolean isNonNullable(Type type) {
    return type instanceof Class<?> c && (c == String.class || c.isEnum() || c.isRecord());
  }
}
