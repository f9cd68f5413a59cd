package io.github.connectclient.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteListTest {

  private final DeleteList list = new DeleteList("http://w1:8083");

  @Test
  void enter_deletesTheSelectedRow_afterMovingDownAndWrappingAround() {
    list.show(List.of("a", "b", "c"));
    list.apply(Key.of(Key.Kind.DOWN));
    assertThat(list.apply(Key.of(Key.Kind.ENTER))).contains("b");
    list.apply(Key.of(Key.Kind.DOWN));
    list.apply(Key.of(Key.Kind.DOWN));
    assertThat(list.apply(Key.of(Key.Kind.ENTER))).contains("a");
    list.apply(Key.of(Key.Kind.UP));
    assertThat(list.apply(Key.of(Key.Kind.ENTER))).contains("c");
  }

  @Test
  void typingANumber_selectsThatRow_andRefusesOneOutOfRange() {
    list.show(List.of("a", "b", "c"));
    list.apply(Key.digit('3'));
    assertThat(list.lines(false)).contains("> 3  c", "Number: 3");
    list.apply(Key.digit('7'));
    assertThat(list.lines(false)).contains("> 3  c", "No connector number 37");
    list.apply(Key.of(Key.Kind.BACKSPACE));
    assertThat(list.lines(false)).contains("Number: ");
    list.apply(Key.digit('1'));
    assertThat(list.apply(Key.of(Key.Kind.ENTER))).contains("a");
  }

  @Test
  void anEmptyList_saysSo_andEnterDeletesNothing() {
    list.show(List.of());
    assertThat(list.lines(false)).contains("   (no connectors)");
    assertThat(list.apply(Key.of(Key.Kind.ENTER))).isEmpty();
  }

  @Test
  void theSelection_staysInRange_whenTheListShrinks() {
    list.show(List.of("a", "b", "c"));
    list.apply(Key.digit('3'));
    list.show(List.of("a", "b"));
    assertThat(list.selectedIndex()).isEqualTo(1);
  }

  @Test
  void plainLines_haveNoEscapeCodes_ansiLinesShowTheSelectionReversed() {
    list.show(List.of("a", "b"));
    assertThat(String.join("\n", list.lines(false))).doesNotContain("\u001b");
    assertThat(list.lines(true)).contains("\u001b[7m> 1  a\u001b[0m");
  }
}
