package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * Reads and writes a model enum in the server's spelling, with the enum's own {@code public static
 * E fromString(String)} and {@code public String serverValue()}: the one lookup shared with the
 * records' constructors (lenient about case; {@code UNKNOWN} for values this client does not know,
 * or an {@link IllegalArgumentException} for an enum without that constant, such as {@code
 * InitialState}, reported with the valid values and the JSON path).
 */
final class ServerEnumAdapter extends JsonAdapter<Object> {

  /** Serves every enum with those two methods, without qualifiers; others are Moshi's. */
  static final JsonAdapter.Factory FACTORY =
      (type, annotations, moshi) -> {
        if (!annotations.isEmpty() || !(type instanceof Class<?> raw) || !raw.isEnum()) {
          return null;
        }
        try {
          Method fromString = raw.getMethod("fromString", String.class);
          Method serverValue = raw.getMethod("serverValue");
          if (!Modifier.isStatic(fromString.getModifiers())
              || fromString.getReturnType() != raw
              || serverValue.getReturnType() != String.class) {
            return null;
          }
          return new ServerEnumAdapter(raw, fromString, serverValue).nullSafe();
        } catch (NoSuchMethodException e) {
          return null;
        } catch (ReflectiveOperationException e) {
          throw new IllegalArgumentException("Cannot map enum " + raw.getName(), e);
        }
      };

  private final Class<?> type;
  private final MethodHandle fromString;
  private final String[] serverValues;

  private ServerEnumAdapter(Class<?> type, Method fromString, Method serverValue)
      throws ReflectiveOperationException {
    this.type = type;
    this.fromString =
        MethodHandles.publicLookup()
            .unreflect(fromString)
            .asType(MethodType.methodType(Object.class, String.class));
    Object[] constants = type.getEnumConstants();
    this.serverValues = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      serverValues[i] = (String) serverValue.invoke(constants[i]);
    }
  }

  @Override
  public Object fromJson(JsonReader reader) throws IOException {
    String path = reader.getPath();
    String value = reader.nextString();
    try {
      return fromString.invokeExact(value);
    } catch (IllegalArgumentException e) {
      throw new JsonDataException(
          "Expected one of "
              + Arrays.toString(type.getEnumConstants())
              + " but was "
              + value
              + " at path "
              + path,
          e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e); // Unreachable: fromString throws no checked exception.
    }
  }

  @Override
  public void toJson(JsonWriter writer, Object value) throws IOException {
    writer.value(serverValues[((Enum<?>) value).ordinal()]);
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + type.getSimpleName() + ")";
  }
}
