package io.github.connectclient.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes hostile response bodies from a valid one, reproducibly from a seed: truncated, with bytes
 * flipped, inserted or deleted, with values of the wrong JSON type, absurd numbers, deep nesting,
 * random documents, encodings that are not UTF-8, trailing garbage, and bodies larger than the
 * client's limit.
 */
final class HostileBodies {

  /** How a body was made, for the failure report. */
  enum Kind {
    VALID,
    TRUNCATED,
    BYTES_FLIPPED,
    BYTES_INSERTED,
    BYTES_DELETED,
    WRONG_TYPES,
    ABSURD_NUMBERS,
    NULLS,
    RANDOM_DOCUMENT,
    DEEP_NESTING,
    EMPTY_OR_BLANK,
    NOT_UTF8,
    TRAILING_GARBAGE,
    DUPLICATE_KEYS,
    HUGE_STRING,
    OVERSIZED
  }

  /** One body, and whether it is sent without a Content-Length (as a chunked body would be). */
  record Body(Kind kind, byte[] bytes, boolean unknownLength) {}

  private static final String[] LITERALS = {
    "1e999",
    "-1e999",
    "NaN",
    "Infinity",
    "-0",
    "99999999999999999999999",
    "-9223372036854775809",
    "2147483648",
    "0.5",
    "1E2",
    "true",
    "false",
    "null",
    "\"\"",
    "\"0\"",
    "[]",
    "{}",
    "[null]",
    "{\"\":null}",
    "\"\\ud800\"",
    "\"\\u0000\"",
    "undefined",
    "'single'",
    "0x10",
    "+1",
    "01"
  };

  private final Random random;
  private final long maxResponseBytes;
  private final TreeReader codec;

  /** A JSON tree reader (the production codec, so trees look like what the client reads). */
  interface TreeReader {
    Object parse(String json);
  }

  HostileBodies(long seed, long maxResponseBytes, TreeReader codec) {
    this.random = new Random(seed);
    this.maxResponseBytes = maxResponseBytes;
    this.codec = codec;
  }

  Random random() {
    return random;
  }

  /** A hostile variant of {@code valid} (a JSON document), of a randomly chosen kind. */
  Body next(String valid) {
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    byte[] result =
        switch (kind) {
          case VALID -> bytes;
          case TRUNCATED ->
              java.util.Arrays.copyOf(bytes, random.nextInt(Math.max(1, bytes.length)));
          case BYTES_FLIPPED -> flip(bytes);
          case BYTES_INSERTED -> insert(bytes);
          case BYTES_DELETED -> delete(bytes);
          case WRONG_TYPES -> utf8(JsonText.write(mutate(codec.parse(valid), 0, false)));
          case ABSURD_NUMBERS -> utf8(JsonText.write(mutate(codec.parse(valid), 0, true)));
          case NULLS -> utf8(JsonText.write(nullify(codec.parse(valid))));
          case RANDOM_DOCUMENT -> utf8(JsonText.write(randomValue(0)));
          case DEEP_NESTING -> deep();
          case EMPTY_OR_BLANK ->
              utf8(new String[] {"", " ", "\n\t ", "null", "\"\"", "0"}[random.nextInt(6)]);
          case NOT_UTF8 -> notUtf8(valid);
          case TRAILING_GARBAGE ->
              utf8(valid + new String[] {" x", "{}", valid, "\u0000", "]", ","}[random.nextInt(6)]);
          case DUPLICATE_KEYS -> utf8(duplicateKeys(valid));
          case HUGE_STRING -> utf8(hugeString(valid));
          case OVERSIZED -> oversized(valid);
        };
    boolean unknownLength = random.nextInt(4) == 0;
    return new Body(kind, result, unknownLength);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] flip(byte[] bytes) {
    byte[] copy = bytes.clone();
    for (int i = 0, n = 1 + random.nextInt(4); i < n && copy.length > 0; i++) {
      copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
    }
    return copy;
  }

  private byte[] insert(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int at = random.nextInt(text.length() + 1);
    String[] pieces = {
      "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1e999", "\u0000", "\uFEFF", "/*", "#"
    };
    return utf8(text.substring(0, at) + pieces[random.nextInt(pieces.length)] + text.substring(at));
  }

  private byte[] delete(byte[] bytes) {
    if (bytes.length < 2) {
      return new byte[0];
    }
    int from = random.nextInt(bytes.length);
    int to = Math.min(bytes.length, from + 1 + random.nextInt(8));
    byte[] out = new byte[bytes.length - (to - from)];
    System.arraycopy(bytes, 0, out, 0, from);
    System.arraycopy(bytes, to, out, from, bytes.length - to);
    return out;
  }

  /** The tree with some values replaced by ones of another type (or by absurd literals). */
  private Object mutate(Object node, int depth, boolean absurd) {
    if (random.nextInt(4) == 0 || depth > 8) {
      return absurd
          ? new JsonText.Raw(LITERALS[random.nextInt(LITERALS.length)])
          : randomValue(depth + 3);
    }
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach(
          (k, v) ->
              copy.put(
                  String.valueOf(k), random.nextInt(3) == 0 ? mutate(v, depth + 1, absurd) : v));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      for (Object element : list) {
        copy.add(random.nextInt(3) == 0 ? mutate(element, depth + 1, absurd) : element);
      }
      return copy;
    }
    return absurd
        ? new JsonText.Raw(LITERALS[random.nextInt(LITERALS.length)])
        : randomValue(depth + 3);
  }

  private Object nullify(Object node) {
    if (random.nextInt(5) == 0) {
      return null;
    }
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach(
          (k, v) -> {
            int choice = random.nextInt(4);
            if (choice == 0) {
              return; // the field is absent
            }
            copy.put(String.valueOf(k), choice == 1 ? null : nullify(v));
          });
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      for (Object element : list) {
        copy.add(random.nextInt(3) == 0 ? null : nullify(element));
      }
      return copy;
    }
    return node;
  }

  private Object randomValue(int depth) {
    int choice = random.nextInt(depth > 5 ? 5 : 8);
    return switch (choice) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> random.nextInt(3) == 0 ? (double) random.nextLong() : (double) random.nextInt(100);
      case 3 -> randomString();
      case 4 -> new JsonText.Raw(LITERALS[random.nextInt(LITERALS.length)]);
      case 5, 6 -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0, n = random.nextInt(5); i < n; i++) {
          map.put(
              random.nextBoolean()
                  ? randomString()
                  : pick(
                      "name",
                      "config",
                      "tasks",
                      "type",
                      "state",
                      "connector",
                      "id",
                      "task",
                      "worker_id",
                      "offsets",
                      "partition",
                      "offset",
                      "level",
                      "class",
                      "error_count",
                      "configs",
                      "definition",
                      "value",
                      "status",
                      "info",
                      "topics",
                      "message"),
              randomValue(depth + 1));
        }
        yield map;
      }
      default -> {
        List<Object> list = new ArrayList<>();
        for (int i = 0, n = random.nextInt(5); i < n; i++) {
          list.add(randomValue(depth + 1));
        }
        yield list;
      }
    };
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private String randomString() {
    StringBuilder s = new StringBuilder();
    for (int i = 0, n = random.nextInt(12); i < n; i++) {
      int kind = random.nextInt(10);
      s.appendCodePoint(
          kind < 6
              ? 'a' + random.nextInt(26)
              : kind < 8
                  ? random.nextInt(0x80)
                  : kind < 9 ? 0x80 + random.nextInt(0x2000) : 0x1F600 + random.nextInt(50));
    }
    return s.toString();
  }

  private byte[] deep() {
    int depth = 1 + random.nextInt(random.nextBoolean() ? 300 : 5000);
    StringBuilder s = new StringBuilder();
    boolean objects = random.nextBoolean();
    for (int i = 0; i < depth; i++) {
      s.append(objects ? "{\"a\":" : "[");
    }
    s.append("1");
    if (random.nextBoolean()) {
      for (int i = 0; i < depth; i++) {
        s.append(objects ? "}" : "]");
      }
    }
    return utf8(s.toString());
  }

  private byte[] notUtf8(String valid) {
    return switch (random.nextInt(4)) {
      case 0 -> valid.getBytes(StandardCharsets.UTF_16);
      case 1 -> valid.getBytes(StandardCharsets.ISO_8859_1);
      case 2 -> {
        byte[] bytes = ("\uFEFF" + valid).getBytes(StandardCharsets.UTF_8); // a byte order mark
        yield bytes;
      }
      default -> {
        byte[] bytes = utf8(valid);
        int at = random.nextInt(Math.max(1, bytes.length));
        byte[] out = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        System.arraycopy(bytes, at, out, at + 2, bytes.length - at);
        out[at] = (byte) 0xC3; // a lead byte without its continuation, or an overlong one
        out[at + 1] = (byte) (random.nextBoolean() ? 0x28 : 0xC0);
        yield out;
      }
    };
  }

  private String duplicateKeys(String valid) {
    int brace = valid.indexOf('{');
    if (brace < 0) {
      return "{\"name\":1,\"name\":\"x\"," + valid.substring(Math.min(1, valid.length()));
    }
    return valid.substring(0, brace + 1)
        + "\"name\":[1],\"name\":{},\"type\":7,"
        + valid.substring(brace + 1);
  }

  private String hugeString(String valid) {
    String big =
        "x".repeat(1000 + random.nextInt((int) Math.min(Integer.MAX_VALUE, maxResponseBytes * 2)));
    int quote = valid.indexOf('"');
    if (quote < 0) {
      return "\"" + big + "\"";
    }
    return valid.substring(0, quote + 1) + big + valid.substring(quote + 1);
  }

  private byte[] oversized(String valid) {
    int size = (int) (maxResponseBytes + 1 + random.nextInt((int) maxResponseBytes));
    StringBuilder s = new StringBuilder(size + valid.length());
    if (random.nextBoolean()) {
      s.append('[');
      while (s.length() < size) {
        s.append(valid).append(',');
      }
      s.append(valid).append(']');
    } else {
      s.append(valid);
      while (s.length() < size) {
        s.append(' ');
      }
    }
    return utf8(s.toString());
  }
}
