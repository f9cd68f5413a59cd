package io.github.connectclient.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import io.github.connectclient.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsonCodecConcurrencyTest {

  @Test
  void decode_fromManyThreadsOnOneCodec_givesTheSameResults() throws Exception {
    JsonCodec codec = JsonCodec.create();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<State>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        results.add(
            pool.submit(
                () ->
                    codec
                        .decode(
                            Fixtures.body("connector-status-failed-task"), ConnectorStatus.class)
                        .tasks()
                        .get(0)
                        .state()));
      }
      for (Future<State> result : results) {
        assertThat(result.get()).isEqualTo(State.FAILED);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
