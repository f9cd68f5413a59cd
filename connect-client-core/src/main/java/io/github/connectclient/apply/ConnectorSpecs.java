package io.github.connectclient.apply;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.github.connectclient.errors.ConnectorSpecException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import okio.BufferedSource;
import okio.Okio;

/**
 * Reads {@link ConnectorSpec}s from JSON files: the body of {@code POST /connectors} (what kcctl
 * applies), optionally with a {@code "state"}, or an array of such objects.
 *
 * <pre>{@code
 * {"name": "orders-sink",
 *  "config": {"connector.class": "FileStreamSink", "tasks.max": 2, "topics": "orders"},
 *  "state": "PAUSED"}
 * }</pre>
 *
 * <p>Numbers and booleans in {@code config} become their text as written ({@code 2} is {@code "2"},
 * {@code true} is {@code "true"}). The keys {@code tasks} and {@code type} (as in the answer of
 * {@code GET /connectors/{name}}) are ignored. Anything else that is off fails the whole read with
 * one {@link ConnectorSpecException} naming the file and the entry: a file that is not JSON,
 * another key, an entry without a name or config, a config value that is null, an array or an
 * object, a key given twice, a {@code name} inside {@code config} that differs from the entry's
 * name, an unknown state, or a name given twice (in one file or across files).
 */
public final class ConnectorSpecs {

  private static final Set<String> IGNORED = Set.of("tasks", "type");

  private ConnectorSpecs() {}

  /**
   * {@return the specs in {@code path}: a JSON file, or a directory whose {@code *.json} files (not
   * its subdirectories) are read in name order} The specs come in file order, then entry order.
   *
   * @param path a JSON file, or a directory of them
   * @throws ConnectorSpecException if anything is off; nothing has been sent
   */
  public static List<ConnectorSpec> read(Path path) {
    List<Path> files = Files.isDirectory(path) ? jsonFiles(path) : List.of(path);
    List<ConnectorSpec> specs = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Path file : files) {
      List<ConnectorSpec> read = readFile(file);
      for (int i = 0; i < read.size(); i++) {
        ConnectorSpec spec = read.get(i);
        String where = file + " " + entry(i + 1, spec.name());
        String earlier = seen.putIfAbsent(spec.name(), where);
        if (earlier != null) {
          throw new ConnectorSpecException(
              file, entry(i + 1, spec.name()), "name given twice, first in " + earlier, null);
        }
        specs.add(spec);
      }
    }
    return List.copyOf(specs);
  }

  private static List<Path> jsonFiles(Path directory) {
    try (Stream<Path> children = Files.list(directory)) {
      return children
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ConnectorSpecException(directory, null, "cannot list: " + e.getMessage(), e);
    }
  }

  private static List<ConnectorSpec> readFile(Path file) {
    List<ConnectorSpec> specs = new ArrayList<>();
    int index = 0;
    String name = null;
    try (BufferedSource source = Okio.buffer(Okio.source(file));
        JsonReader json = JsonReader.of(source)) {
      if (json.peek() == JsonReader.Token.BEGIN_ARRAY) {
        json.beginArray();
        while (json.hasNext()) {
          index++;
          name = null;
          Entry entry = readEntry(json, file, index);
          name = entry.name;
          specs.add(entry.toSpec(file, index));
        }
        json.endArray();
      } else if (json.peek() == JsonReader.Token.BEGIN_OBJECT) {
        index = 1;
        Entry entry = readEntry(json, file, index);
        name = entry.name;
        specs.add(entry.toSpec(file, index));
      } else {
        throw new ConnectorSpecException(
            file,
            null,
            "expected an object or an array of objects, found " + describe(json.peek()),
            null);
      }
      expectEnd(json, file);
    } catch (ConnectorSpecException e) {
      throw e;
    } catch (JsonEncodingException | JsonDataException e) {
      throw new ConnectorSpecException(
          file, index == 0 ? null : entry(index, name), "not valid JSON: " + e.getMessage(), e);
    } catch (EOFException e) {
      throw new ConnectorSpecException(file, null, "not valid JSON: it ends too early", e);
    } catch (IOException e) {
      throw new ConnectorSpecException(file, null, "cannot read: " + e, e);
    }
    return specs;
  }

  private static void expectEnd(JsonReader json, Path file) throws IOException {
    boolean more;
    try {
      more = json.peek() != JsonReader.Token.END_DOCUMENT;
    } catch (JsonEncodingException e) {
      more = true;
    }
    if (more) {
      throw new ConnectorSpecException(file, null, "more than one JSON value", null);
    }
  }

  private static Entry readEntry(JsonReader json, Path file, int index) throws IOException {
    if (json.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new ConnectorSpecException(
          file, entry(index, null), "expected an object, found " + describe(json.peek()), null);
    }
    Entry entry = new Entry();
    Set<String> keys = new HashSet<>();
    json.beginObject();
    while (json.hasNext()) {
      String key = json.nextName();
      if (!keys.add(key)) {
        throw new ConnectorSpecException(
            file, entry(index, entry.name), "key \"" + key + "\" given twice", null);
      }
      switch (key) {
        case "name" -> entry.name = string(json, file, index, entry.name, "name");
        case "state" -> entry.state = string(json, file, index, entry.name, "state");
        case "config" -> entry.config = config(json, file, index, entry);
        default -> {
          if (!IGNORED.contains(key)) {
            throw new ConnectorSpecException(
                file,
                entry(index, entry.name),
                "unknown key \"" + key + "\" (expected name, config and optionally state)",
                null);
          }
          json.skipValue();
        }
      }
    }
    json.endObject();
    return entry;
  }

  private static String string(JsonReader json, Path file, int index, String name, String key)
      throws IOException {
    if (json.peek() != JsonReader.Token.STRING) {
      throw new ConnectorSpecException(
          file,
          entry(index, name),
          "\"" + key + "\" must be a string, found " + describe(json.peek()),
          null);
    }
    return json.nextString();
  }

  private static Map<String, String> config(JsonReader json, Path file, int index, Entry entry)
      throws IOException {
    if (json.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new ConnectorSpecException(
          file,
          entry(index, entry.name),
          "\"config\" must be an object, found " + describe(json.peek()),
          null);
    }
    Map<String, String> config = new LinkedHashMap<>();
    json.beginObject();
    while (json.hasNext()) {
      String key = json.nextName();
      JsonReader.Token token = json.peek();
      String value =
          switch (token) {
            case STRING, NUMBER -> json.nextString();
            case BOOLEAN -> Boolean.toString(json.nextBoolean());
            default ->
                throw new ConnectorSpecException(
                    file,
                    entry(index, entry.name),
                    "config value of \""
                        + key
                        + "\" is "
                        + describe(token)
                        + "; use a string, a number or a boolean",
                    null);
          };
      if (config.put(key, value) != null) {
        throw new ConnectorSpecException(
            file, entry(index, entry.name), "config key \"" + key + "\" given twice", null);
      }
    }
    json.endObject();
    return config;
  }

  private static String describe(JsonReader.Token token) {
    return switch (token) {
      case NULL -> "null";
      case BEGIN_ARRAY -> "an array";
      case BEGIN_OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> "nothing";
    };
  }

  /** {@code entry 2 ("orders-sink")}, or {@code entry 2} before the name is known. */
  private static String entry(int index, String name) {
    return "entry " + index + (name == null ? "" : " (\"" + name + "\")");
  }

  /** One object as read, checked by {@link #toSpec}. */
  private static final class Entry {
    String name;
    Map<String, String> config;
    String state;

    ConnectorSpec toSpec(Path file, int index) {
      String where = entry(index, name);
      if (name == null || name.isBlank()) {
        throw new ConnectorSpecException(file, where, "no \"name\" (or a blank one)", null);
      }
      if (config == null) {
        throw new ConnectorSpecException(file, where, "no \"config\"", null);
      }
      String inConfig = config.get("name");
      if (inConfig != null && !inConfig.equals(name)) {
        throw new ConnectorSpecException(
            file, where, "config \"name\" is \"" + inConfig + "\", not the entry's name", null);
      }
      TargetState target;
      try {
        target = state == null ? TargetState.RUNNING : TargetState.fromString(state);
      } catch (IllegalArgumentException e) {
        throw new ConnectorSpecException(file, where, e.getMessage(), e);
      }
      return new ConnectorSpec(name, config, target);
    }
  }
}
