package io.github.connectclient.internal.json;

import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/** Builds the generic {@link Type}s that {@link JsonCodec} decodes into, such as model lists. */
public final class JsonTypes {

  /** {@code List<String>}, for example the body of {@code GET /connectors}. */
  public static final Type STRING_LIST = listOf(String.class);

  /** {@code Map<String, String>}: a connector configuration or a PATCH body. */
  public static final Type STRING_MAP = mapOf(String.class, String.class);

  private JsonTypes() {}

  /** Returns {@code List<element>}. */
  public static Type listOf(Type element) {
    return Types.newParameterizedType(List.class, element);
  }

  /** Returns {@code Map<key, value>}. */
  public static Type mapOf(Type key, Type value) {
    return Types.newParameterizedType(Map.class, key, value);
  }
}
