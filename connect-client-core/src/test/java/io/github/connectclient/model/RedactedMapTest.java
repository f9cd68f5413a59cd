package io.github.connectclient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactedMapTest {

  @Test
  void of_keepsOrderNullsAndEntries_andEqualsAnyMapWithThem() {
    Map<String, String> source = new LinkedHashMap<>();
    for (int i = 99; i >= 0; i--) {
      source.put("key." + i, i % 7 == 0 ? null : "value-" + i);
    }
    source.put(null, "null key");
    source.put("Aa", "collides with BB");
    source.put("BB", "collides with Aa");

    Map<String, String> copy = RedactedMap.of(source);

    assertThat(copy).isEqualTo(source).hasSameHashCodeAs(source);
    assertThat(new ArrayList<>(copy.keySet())).containsExactlyElementsOf(source.keySet());
    for (Map.Entry<String, String> entry : source.entrySet()) {
      assertThat(copy.containsKey(entry.getKey())).isTrue();
      assertThat(copy.get(entry.getKey())).isEqualTo(entry.getValue());
    }
    assertThat(copy.get("absent")).isNull();
    assertThat(copy.getOrDefault("absent", "d")).isEqualTo("d");
    assertThat(copy.containsKey("absent")).isFalse();
    assertThat(copy.containsKey(7)).isFalse();
    assertThat(new HashMap<>(copy)).isEqualTo(source);
    source.put("key.1", "changed");
    assertThat(copy.get("key.1")).isEqualTo("value-1");
  }

  @Test
  void of_anEmptyOrOneEntryMap_works() {
    assertThat(RedactedMap.of(Map.of())).isEmpty();
    assertThat(RedactedMap.of(Map.of("a", "b"))).containsExactly(Map.entry("a", "b"));
  }

  @Test
  void of_aRedactedMap_isTheSameInstance() {
    Map<String, String> copy = RedactedMap.of(Map.of("a", "b"));
    assertThat(RedactedMap.of(copy)).isSameAs(copy);
  }

  @Test
  void everyMutator_throws_presentKeyOrNot() {
    Map<String, String> copy = RedactedMap.of(Map.of("a", "b"));
    assertThatThrownBy(() -> copy.put("c", "d")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.putIfAbsent("a", "d"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.remove("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(copy::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.computeIfAbsent("a", k -> "v"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.merge("a", "v", (x, y) -> y))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.replaceAll((k, v) -> v))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.entrySet().iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(copy).containsExactly(Map.entry("a", "b"));
  }

  @Test
  void toString_masksSensitiveValues() {
    Map<String, String> source = new LinkedHashMap<>();
    source.put("user", "me");
    source.put("password", "Q7777Z");
    assertThat(RedactedMap.of(source).toString()).doesNotContain("Q7777Z").startsWith("{user=me");
  }
}
