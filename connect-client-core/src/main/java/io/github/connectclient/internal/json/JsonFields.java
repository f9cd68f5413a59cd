package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/** Small reading and writing steps shared by the hand-written adapters. */
final class JsonFields {

  private JsonFields() {}

  /** Reads a string, or {@code null} for a JSON null; numbers and booleans are read as text. */
  static String nextNullableString(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return reader.nextString();
  }

  /** Writes {@code name: value}, or nothing when {@code value} is {@code null}. */
  static void writeIfPresent(JsonWriter writer, String name, String value) throws IOException {
    if (value != null) {
      writer.name(name).value(value);
    }
  }

  /** Returns the error for a required member absent from the object at {@code path}. */
  static JsonDecodeException missing(String jsonName, String path) {
    return new JsonDecodeException(
        "Required value '" + jsonName + "' missing at path " + path, path);
  }
}
