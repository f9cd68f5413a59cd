package io.github.connectclient.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepeatedStringsTest {

  private static final Type CONFIGS =
      Types.newParameterizedType(
          List.class, Types.newParameterizedType(Map.class, String.class, String.class));

  private final JsonCodec codec = JsonCodec.create();

  @Test
  void repeatedKeysAndValues_decodeAsBefore_andAreShared() {
    String config = "{\"a\":\"x\",\"b\\u0041\":\"y\\n\",\"n\":12,\"c\":\"unique-%d\",\"\":\"\"}";
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 6; i++) {
      json.append(i == 0 ? "" : ",").append(config.replace("%d", Integer.toString(i)));
    }
    List<Map<String, String>> configs = codec.decode(json.append("]").toString(), CONFIGS);

    for (int i = 0; i < 6; i++) {
      assertThat(configs.get(i))
          .containsExactly(
              Map.entry("a", "x"),
              Map.entry("bA", "y\n"),
              Map.entry("n", "12"),
              Map.entry("c", "unique-" + i),
              Map.entry("", ""));
    }
    String firstKey = configs.get(2).keySet().iterator().next();
    assertThat(configs.get(5).keySet().iterator().next()).isSameAs(firstKey);
    assertThat(configs.get(5).get("a")).isSameAs(configs.get(3).get("a"));
  }

  @Test
  void errorsInALaterMap_keepTheirMessagesAndPaths() {
    String json = "[{\"a\":\"x\"},{\"a\":\"x\"},{\"a\":\"x\"},{\"a\":null}]";
    assertThatThrownBy(() -> codec.decode(json, CONFIGS))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessage("Unexpected null value at path $[3].a");
    String duplicate = "[{\"a\":\"x\"},{\"a\":\"x\"},{\"a\":\"x\",\"a\":\"x\"}]";
    assertThatThrownBy(() -> codec.decode(duplicate, CONFIGS))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessage("Map key 'a' has multiple values at path $[2].a: x and x at path $[2].a");
  }
}
