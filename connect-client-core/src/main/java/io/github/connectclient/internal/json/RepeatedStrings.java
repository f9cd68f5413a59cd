package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The strings one body repeats, learned while it is read, so a repeat is matched in the reader's
 * buffer ({@link JsonReader#selectName}, {@link JsonReader#selectString}) and shared instead of
 * decoded into a new {@code String} (decision 0019). A listing of 2,000 connectors repeats the same
 * config keys and most of the same values 2,000 times.
 *
 * <p>One instance per reader and kind (names, values), kept as the reader's tag, so nothing is
 * shared between bodies or threads. A string read twice becomes an option; the options are rebuilt
 * at most when a map ends with new ones, and learning stops at a bound, so a body of unique strings
 * costs a set of at most {@value #SEEN_LIMIT} of them.
 */
final class RepeatedStrings {

  private static final int OPTIONS_LIMIT = 256;
  private static final int SEEN_LIMIT = 4096;

  private final Set<String> seenOnce = new HashSet<>();
  private final Set<String> repeated = new LinkedHashSet<>();
  private String[] strings = new String[0];
  private JsonReader.Options options;
  private boolean stale;

  /** The names of {@code reader}'s body. */
  static RepeatedStrings names(JsonReader reader) {
    Tags tags = tags(reader);
    return tags.names;
  }

  /** The string values of {@code reader}'s body. */
  static RepeatedStrings values(JsonReader reader) {
    Tags tags = tags(reader);
    return tags.values;
  }

  private static Tags tags(JsonReader reader) {
    Tags tags = reader.tag(Tags.class);
    if (tags == null) {
      tags = new Tags();
      reader.setTag(Tags.class, tags);
    }
    return tags;
  }

  /** Reads the next name, as {@link JsonReader#nextName()} does. */
  String nextName(JsonReader reader) throws IOException {
    if (options != null) {
      int index = reader.selectName(options);
      if (index >= 0) {
        return strings[index];
      }
    }
    return learn(reader.nextName());
  }

  /**
   * Reads the next value if it is a string this body repeats, else returns {@code null} and leaves
   * it to be read as usual (then {@link #learn} it).
   */
  String selectString(JsonReader reader) throws IOException {
    if (options != null) {
      int index = reader.selectString(options);
      if (index >= 0) {
        return strings[index];
      }
    }
    return null;
  }

  /** Notes a string read without a match; returns it. */
  String learn(String value) {
    if (value != null && repeated.size() < OPTIONS_LIMIT && seenOnce.size() < SEEN_LIMIT) {
      if (!seenOnce.add(value) && repeated.add(value)) {
        stale = true;
      }
    }
    return value;
  }

  /** At the end of a map: takes the strings learned since the last time as options. */
  void update() {
    if (stale) {
      stale = false;
      strings = repeated.toArray(new String[0]);
      options = JsonReader.Options.of(strings);
    }
  }

  private static final class Tags {
    final RepeatedStrings names = new RepeatedStrings();
    final RepeatedStrings values = new RepeatedStrings();
  }
}
