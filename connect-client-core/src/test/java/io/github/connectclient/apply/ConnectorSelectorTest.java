package io.github.connectclient.apply;

import static io.github.connectclient.apply.ConnectorSelector.all;
import static io.github.connectclient.apply.ConnectorSelector.inState;
import static io.github.connectclient.apply.ConnectorSelector.matching;
import static io.github.connectclient.apply.ConnectorSelector.named;
import static io.github.connectclient.apply.ConnectorSelector.ofType;
import static io.github.connectclient.apply.ConnectorSelector.withFailedTasks;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorState;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConnectorSelectorTest {

  private static ConnectorExpanded connector(State state, ConnectorType type, State... tasks) {
    List<TaskState> taskStates =
        java.util.stream.IntStream.range(0, tasks.length)
            .mapToObj(i -> new TaskState(i, tasks[i], "w", null, null))
            .toList();
    return new ConnectorExpanded(
        new ConnectorInfo("x", Map.of(), List.of(), type),
        new ConnectorStatus("x", new ConnectorState(state, "w", null, null), taskStates, type));
  }

  private final ConnectorExpanded runningSource =
      connector(State.RUNNING, ConnectorType.SOURCE, State.RUNNING);
  private final ConnectorExpanded failedTaskSink =
      connector(State.RUNNING, ConnectorType.SINK, State.RUNNING, State.FAILED);

  @Test
  void eachSelector_picksByItsRule() {
    assertThat(all().matches("a", runningSource)).isTrue();
    assertThat(named("a", "b").matches("a", runningSource)).isTrue();
    assertThat(named("a", "b").matches("c", runningSource)).isFalse();
    assertThat(matching("orders-.*").matches("orders-1", runningSource)).isTrue();
    assertThat(matching("orders").matches("orders-1", runningSource)).as("whole name").isFalse();
    assertThat(inState(State.PAUSED, State.RUNNING).matches("a", runningSource)).isTrue();
    assertThat(inState(State.PAUSED).matches("a", runningSource)).isFalse();
    assertThat(withFailedTasks().matches("a", failedTaskSink)).isTrue();
    assertThat(withFailedTasks().matches("a", runningSource)).isFalse();
    assertThat(ofType(ConnectorType.SINK).matches("a", failedTaskSink)).isTrue();
    assertThat(ofType(ConnectorType.SINK).matches("a", runningSource)).isFalse();
  }

  @Test
  void withoutAStatus_stateConditionsDoNotHold_butNamesDo() {
    ConnectorExpanded unknown = new ConnectorExpanded(null, null);

    assertThat(inState(State.RUNNING).matches("a", unknown)).isFalse();
    assertThat(withFailedTasks().matches("a", null)).isFalse();
    assertThat(named("a").matches("a", null)).isTrue();
  }

  @Test
  void and_needsBoth_andIntersectsTheNames() {
    ConnectorSelector both = matching("o-.*").and(inState(State.RUNNING));

    assertThat(both.matches("o-1", runningSource)).isTrue();
    assertThat(both.matches("x-1", runningSource)).isFalse();
    assertThat(both.names()).isEmpty();
    assertThat(named("a", "b").and(named("b", "c")).names()).contains(Set.of("b"));
    assertThat(named("a").and(withFailedTasks()).names()).contains(Set.of("a"));
    assertThat(both).hasToString("matching(o-.*).and(inState(RUNNING))");
  }
}
