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
import java.util.Collection;
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
    return new JsonAdapter<Object>() {
      @Override
      public Object fromJson(JsonReader reader) throws IOException {
        String path = reader.getPath();
        Object value = delegate.fromJson(reader);
        if (value instanceof List<?> elements) {
          for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == null) {
              throw new JsonDataException(
                  "Unexpected null element at path " + path + "[" + i + "]");
            }
          }
        } else if (value instanceof Map<?, ?> entries) {
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
    };
  }

  /** Strings, enums and records: what the API promises as present when listed. */
  private static boolean isNonNullable(Type type) {
    return type instanceof Class<?> c && (c == String.class || c.isEnum() || c.isRecord());
  }
}
