package io.github.connectclient.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.errors.ConnectorSpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ConnectorSpecs.read: the file format, and one error naming file and entry for anything off. */
class ConnectorSpecsTest {

  @TempDir Path dir;

  private Path file(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  @Test
  void anObject_isOneSpec_withNumbersAndBooleansAsTheirText() throws IOException {
    Path file =
        file(
            "a.json",
            "{\"name\":\"orders\",\"config\":{\"connector.class\":\"FileStreamSink\","
                + "\"tasks.max\":2,\"batch.size\":1.50,\"errors.tolerance.enable\":true}}");

    List<ConnectorSpec> specs = ConnectorSpecs.read(file);

    assertThat(specs).hasSize(1);
    assertThat(specs.get(0).name()).isEqualTo("orders");
    assertThat(specs.get(0).state()).isEqualTo(TargetState.RUNNING);
    assertThat(specs.get(0).config())
        .containsExactly(
            Map.entry("connector.class", "FileStreamSink"),
            Map.entry("tasks.max", "2"),
            Map.entry("batch.size", "1.50"),
            Map.entry("errors.tolerance.enable", "true"));
  }

  @Test
  void anArray_andADirectory_areReadInFileThenEntryOrder() throws IOException {
    file(
        "b.json",
        "[{\"name\":\"b1\",\"config\":{},\"state\":\"paused\"},"
            + "{\"name\":\"b2\",\"config\":{\"name\":\"b2\"},\"tasks\":[],\"type\":\"sink\"}]");
    file("a.json", "{\"name\":\"a\",\"config\":{\"k\":\"v\"},\"state\":\"STOPPED\"}");
    file("notes.txt", "not a spec");
    Files.createDirectory(dir.resolve("sub.json"));

    List<ConnectorSpec> specs = ConnectorSpecs.read(dir);

    assertThat(specs).extracting(ConnectorSpec::name).containsExactly("a", "b1", "b2");
    assertThat(specs)
        .extracting(ConnectorSpec::state)
        .containsExactly(TargetState.STOPPED, TargetState.PAUSED, TargetState.RUNNING);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not JSON | {\"name\": | not valid JSON",
        "broken JSON | {\"name\" 1} | not valid JSON",
        "a string | \"x\" | expected an object or an array of objects, found a string",
        "no name | {\"config\":{}} | entry 1: no \"name\"",
        "blank name | {\"name\":\" \",\"config\":{}} | no \"name\" (or a blank one)",
        "no config | {\"name\":\"a\"} | entry 1 (\"a\"): no \"config\"",
        "config not an object | {\"name\":\"a\",\"config\":[]} | \"config\" must be an object,"
            + " found an array",
        "null value | {\"name\":\"a\",\"config\":{\"k\":null}} | config value of \"k\" is null",
        "array value | {\"name\":\"a\",\"config\":{\"k\":[1]}} | config value of \"k\" is an array",
        "object value | {\"name\":\"a\",\"config\":{\"k\":{}}} | config value of \"k\" is an object",
        "unknown key | {\"name\":\"a\",\"confg\":{}} | unknown key \"confg\"",
        "unknown state | {\"name\":\"a\",\"config\":{},\"state\":\"DONE\"} | unknown state DONE",
        "state not a string | {\"name\":\"a\",\"config\":{},\"state\":1} | \"state\" must be a"
            + " string",
        "other name in config | {\"name\":\"a\",\"config\":{\"name\":\"b\"}} | config \"name\" is"
            + " \"b\", not the entry's name",
        "key twice | {\"name\":\"a\",\"name\":\"b\",\"config\":{}} | key \"name\" given twice",
        "config key twice | {\"name\":\"a\",\"config\":{\"k\":\"1\",\"k\":\"2\"}} | config key"
            + " \"k\" given twice",
        "two values | {\"name\":\"a\",\"config\":{}} {} | more than one JSON value",
        "array of strings | [\"a\"] | entry 1: expected an object, found a string",
      })
  void aBadInput_failsWithOneErrorNamingTheFileAndEntry(String what, String json, String says)
      throws IOException {
    Path file = file("bad.json", json);

    assertThatThrownBy(() -> ConnectorSpecs.read(file))
        .isInstanceOf(ConnectorSpecException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(says);
  }

  @Test
  void theSecondEntry_isNamedByNumberAndName() throws IOException {
    Path file =
        file(
            "two.json",
            "[{\"name\":\"ok\",\"config\":{}},{\"name\":\"bad\",\"config\":{\"k\":null}}]");

    ConnectorSpecException e =
        catchThrowableOfType(ConnectorSpecException.class, () -> ConnectorSpecs.read(file));

    assertThat(e.file()).isEqualTo(file);
    assertThat(e.entry()).isEqualTo("entry 2 (\"bad\")");
    assertThat(e)
        .hasMessage(
            file
                + ", entry 2 (\"bad\"): config value of \"k\" is null; use a"
                + " string, a number or a boolean");
  }

  @Test
  void aNameGivenTwice_acrossFiles_namesBothPlaces() throws IOException {
    Path first = file("1.json", "{\"name\":\"a\",\"config\":{}}");
    file("2.json", "[{\"name\":\"b\",\"config\":{}},{\"name\":\"a\",\"config\":{}}]");

    assertThatThrownBy(() -> ConnectorSpecs.read(dir))
        .isInstanceOf(ConnectorSpecException.class)
        .hasMessage(
            dir.resolve("2.json")
                + ", entry 2 (\"a\"): name given twice, first in "
                + first
                + " entry 1 (\"a\")");
  }

  @Test
  void aMessage_neverQuotesAConfigValue() throws IOException {
    Path file =
        file("s.json", "{\"name\":\"a\",\"config\":{\"db.password\":[\"s3cret\"],\"x\":1}}");

    assertThatThrownBy(() -> ConnectorSpecs.read(file))
        .hasMessageContaining("db.password")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void aMissingFile_says_cannotRead() {
    assertThatThrownBy(() -> ConnectorSpecs.read(dir.resolve("nope.json")))
        .isInstanceOf(ConnectorSpecException.class)
        .hasMessageContaining("nope.json: cannot read");
  }

  @Test
  void aSpec_masksSecretsInToString_andChecksItsValues() {
    ConnectorSpec spec = ConnectorSpec.of("a", Map.of("db.password", "s3cret", "topic", "t"));

    assertThat(spec.toString()).contains("topic=t").doesNotContain("s3cret");
    assertThat(spec.withState(TargetState.PAUSED).state()).isEqualTo(TargetState.PAUSED);
    assertThat(new ConnectorSpec("a", Map.of(), null).state()).isEqualTo(TargetState.RUNNING);
    assertThatThrownBy(() -> ConnectorSpec.of(" ", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConnectorSpec.of("a", Map.of("name", "b")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
