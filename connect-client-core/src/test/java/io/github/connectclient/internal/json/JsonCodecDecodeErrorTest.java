package io.github.connectclient.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.LoggerLevel;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.ServerInfo;
import io.github.connectclient.model.TaskId;
import io.github.connectclient.model.TaskInfo;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;
import org.junit.jupiter.api.Test;

/**
 * Every way a body can be wrong ends as a JsonDecodeException naming the JSON path. The bodies are
 * synthetic on purpose: malformed, truncated or mistyped, as no real worker sends them.
 */
class JsonCodecDecodeErrorTest {

  private final JsonCodec codec = JsonCodec.create();

  @Test
  void decode_whenStateIsAnObject_namesTheNestedPath() {
    JsonDecodeException e =
        catchThrowableOfType(
            JsonDecodeException.class,
            () ->
                codec.decode(
                    "{\"name\":\"c\",\"connector\":{\"state\":\"RUNNING\"},"
                        + "\"tasks\":[{\"id\":0,\"state\":{\"x\":1}}]}",
                    ConnectorStatus.class));

    assertThat(e).hasMessage("Expected a string but was BEGIN_OBJECT at path $.tasks[0].state");
    assertThat(e.path()).isEqualTo("$.tasks[0].state");
  }

  @Test
  void decode_whenTasksIsAString_namesTheField() {
    assertThatThrownBy(
            () -> codec.decode("{\"name\":\"c\",\"tasks\":\"none\"}", ConnectorInfo.class))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessageContaining("Expected BEGIN_ARRAY but was STRING")
        .hasMessageContaining("at path $.tasks");
  }

  @Test
  void decode_whenTaskIdIsNotANumber_namesTheField() {
    JsonDecodeException e =
        catchThrowableOfType(
            JsonDecodeException.class,
            () ->
                codec.decode(
                    "[{\"id\":{\"connector\":\"c\",\"task\":\"zero\"},\"config\":{}}]",
                    JsonTypes.listOf(TaskInfo.class)));

    assertThat(e).hasMessageContaining("Expected an int but was zero");
    assertThat(e.path()).isEqualTo("$[0].id.task");
  }

  @Test
  void decode_whenLastModifiedIsText_namesTheField() {
    assertThatThrownBy(
            () ->
                codec.decode(
                    "{\"level\":\"INFO\",\"last_modified\":\"yesterday\"}", LoggerLevel.class))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessageContaining("at path $.last_modified");
  }

  @Test
  void decode_whenConfigValueIsAnArray_namesTheKey() {
    assertThatThrownBy(
            () ->
                codec.decode(
                    "{\"name\":\"c\",\"config\":{\"topics\":[\"a\"]}}", ConnectorInfo.class))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessageContaining("Expected a string but was BEGIN_ARRAY at path $.config.topics");
  }

  @Test
  void decode_whenTaskStateHasNoId_reportsTheMissingMember() {
    JsonDecodeException e =
        catchThrowableOfType(
            JsonDecodeException.class,
            () ->
                codec.decode(
                    "{\"name\":\"c\",\"tasks\":[{\"id\":0},{\"state\":\"RUNNING\"}]}",
                    ConnectorStatus.class));

    assertThat(e).hasMessage("Required value 'id' missing at path $.tasks[1]");
    assertThat(e.path()).isEqualTo("$.tasks[1]");
  }

  @Test
  void decode_whenPrimitiveRecordComponentIsAbsent_reportsTheMissingMemberAtTheRecord() {
    JsonDecodeException e =
        catchThrowableOfType(
            JsonDecodeException.class,
            () ->
                codec.decode(
                    "[{\"connector\":\"a\"},{\"connector\":\"b\"}]",
                    JsonTypes.listOf(TaskId.class)));

    assertThat(e).hasMessage("Required value 'task' missing at path $[0]");
    assertThat(e.path()).isEqualTo("$[0]");
  }

  @Test
  void decode_whenCompactConstructorRejectsValue_reportsRecordPathAndReason() {
    JsonDecodeException e =
        catchThrowableOfType(
            JsonDecodeException.class,
            () ->
                codec.decode(
                    "[{\"name\":\" \",\"config\":{}}]", JsonTypes.listOf(NewConnector.class)));

    assertThat(e).hasMessage("Invalid NewConnector at path $[0]: name must not be blank");
    assertThat(e.path()).isEqualTo("$[0]");
    assertThat(e).hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decode_whenInitialStateIsUnknown_listsTheValidValues() {
    assertThatThrownBy(
            () ->
                codec.decode(
                    "{\"name\":\"c\",\"config\":{},\"initial_state\":\"FROZEN\"}",
                    NewConnector.class))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessageContaining("Expected one of [RUNNING, PAUSED, STOPPED] but was FROZEN")
        .hasMessageContaining("at path $.initial_state");
  }

  @Test
  void decode_whenJsonIsTruncated_reportsEndOfInputAndPath() {
    JsonDecodeException e =
        catchThrowableOfType(
            JsonDecodeException.class,
            () -> codec.decode("{\"name\":\"c\",\"config\":{\"a\":", ConnectorInfo.class));

    assertThat(e).hasMessageStartingWith("Unexpected end of JSON input at path $.config.a");
    assertThat(e.path()).isEqualTo("$.config.a");
  }

  @Test
  void decode_whenBodyIsTopLevelNull_rejectsIt() {
    JsonDecodeException e =
        catchThrowableOfType(
            JsonDecodeException.class, () -> codec.decode("null", ServerInfo.class));

    assertThat(e).hasMessage("Expected a value but was null at path $");
    assertThat(e.path()).isEqualTo("$");
  }

  @Test
  void decode_whenBodyIsEmpty_saysSo() {
    assertThatThrownBy(() -> codec.decode("", ServerInfo.class))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessage("Expected a JSON value but the body was empty at path $");
  }

  @Test
  void decode_whenBodyIsOnlyWhitespace_reportsEndOfInput() {
    assertThatThrownBy(() -> codec.decode("  \n", ServerInfo.class))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessageContaining("at path $");
  }

  @Test
  void decode_whenBodyIsJettyHtml_reportsMalformedJson() {
    String html =
        "<html>\n<head><title>Error 404 Not Found</title></head>\n"
            + "<body><h2>HTTP ERROR 404 Not Found</h2></body>\n</html>\n";

    JsonDecodeException e =
        catchThrowableOfType(JsonDecodeException.class, () -> codec.decode(html, ServerInfo.class));

    assertThat(e).hasMessage("Malformed JSON at path $");
    assertThat(e.path()).isEqualTo("$");
  }

  @Test
  void decode_whenBodyIsBasicAuthPlainText_reportsMalformedJson() {
    assertThatThrownBy(() -> codec.decode("User cannot access the resource.", ServerInfo.class))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessageContaining("Malformed JSON")
        .hasMessageContaining("at path $");
  }

  @Test
  void decode_whenObjectIsMalformedInside_reportsWhereAndWhat() {
    JsonDecodeException e =
        catchThrowableOfType(
            JsonDecodeException.class,
            () -> codec.decode("{\"version\":\"3.9.0\" \"commit\":\"x\"}", ServerInfo.class));

    assertThat(e).hasMessageStartingWith("Malformed JSON");
    assertThat(e.path()).startsWith("$.version");
  }

  @Test
  void decode_whenGarbageFollowsTheValue_rejectsIt() {
    JsonDecodeException e =
        catchThrowableOfType(
            JsonDecodeException.class,
            () -> codec.decode("{\"version\":\"3.9.0\"} trailing", ServerInfo.class));

    assertThat(e).hasMessage("Unexpected data after the JSON value at path $");
    assertThat(e.path()).isEqualTo("$");
  }

  @Test
  void decode_whenASecondValueFollows_rejectsIt() {
    assertThatThrownBy(() -> codec.decode("[\"a\"][\"b\"]", JsonTypes.STRING_LIST))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessageContaining("Unexpected data after the JSON value");
  }

  @Test
  void decode_whenExpandIsIgnoredByOldWorker_reportsArrayInsteadOfObject() {
    assertThatThrownBy(
            () -> codec.decode("[\"src1\"]", JsonTypes.mapOf(String.class, ConnectorInfo.class)))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessage("Expected BEGIN_OBJECT but was BEGIN_ARRAY at path $");
  }

  @Test
  void decode_whenOffsetsMapHasDuplicateKeys_rejectsIt() {
    assertThatThrownBy(
            () ->
                codec.decode(
                    "{\"offsets\":[{\"partition\":{\"a\":1,\"a\":2},\"offset\":null}]}",
                    ConnectorOffsets.class))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessageContaining("Map key 'a' has multiple values")
        .hasMessageContaining("$.offsets[0].partition");
  }

  @Test
  void decode_whenSourceFailsWithIoError_propagatesTheIoException() {
    InterruptedIOException timeout = new InterruptedIOException("timeout");
    Source failing =
        new ForwardingSource(new Buffer().writeUtf8("{\"version\":")) {
          private boolean first = true;

          @Override
          public long read(Buffer sink, long byteCount) throws IOException {
            if (first) {
              first = false;
              return super.read(sink, byteCount);
            }
            throw timeout;
          }
        };
    BufferedSource source = Okio.buffer(failing);

    assertThatThrownBy(() -> codec.decode(source, ServerInfo.class)).isSameAs(timeout);
  }

  @Test
  void decode_whenTypeCannotBeDecoded_failsAsProgrammingError() {
    assertThatThrownBy(() -> codec.decode("{}", List.class.getTypeParameters()[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void convert_whenValueHasWrongShape_reportsPath() {
    Object value = codec.decode("{\"a\":{\"level\":7,\"last_modified\":\"x\"}}", Object.class);

    assertThatThrownBy(() -> codec.convert(value, JsonTypes.mapOf(String.class, LoggerLevel.class)))
        .isInstanceOf(JsonDecodeException.class)
        .hasMessageContaining("$.a.last_modified");
  }
}
