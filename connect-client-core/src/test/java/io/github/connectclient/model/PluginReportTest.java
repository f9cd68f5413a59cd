package io.github.connectclient.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link PluginReport#of} makes of the workers' plugin lists. */
class PluginReportTest {

  private static final String A = "http://a:8083/";
  private static final String B = "http://b:8083/";
  private static final String C = "http://c:8083/";
  private static final String SOURCE = "org.apache.kafka.connect.file.FileStreamSourceConnector";
  private static final String JDBC = "io.example.JdbcSink";

  private static PluginInfo plugin(String className, String version) {
    return new PluginInfo(className, PluginType.SOURCE, version);
  }

  @Test
  void everyWorkerWithTheSamePlugins_isConsistent() {
    List<PluginInfo> same = List.of(plugin(SOURCE, "4.3.1"));

    PluginReport report = PluginReport.of(List.of(A, B), Map.of(A, same, B, same), Map.of());

    assertThat(report.consistent()).isTrue();
    assertThat(report.missing()).isEmpty();
    assertThat(report.plugins())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.presentOn()).containsExactly(A, B);
              assertThat(p.missingOn()).isEmpty();
              assertThat(p.onEveryWorker()).isTrue();
            });
  }

  @Test
  void aPluginOneWorkerLacks_isMissingThere_perClassAndVersion() {
    Map<String, List<PluginInfo>> listed = new LinkedHashMap<>();
    listed.put(A, List.of(plugin(SOURCE, "4.3.1"), plugin(JDBC, "1.2.0")));
    listed.put(B, List.of(plugin(SOURCE, "4.3.1"), plugin(JDBC, "1.1.0")));
    listed.put(C, List.of(plugin(SOURCE, "4.3.1")));

    PluginReport report = PluginReport.of(List.of(A, B, C), listed, Map.of());

    assertThat(report.consistent()).isFalse();
    assertThat(report.missing())
        .extracting(
            PluginPresence::className,
            PluginPresence::version,
            PluginPresence::presentOn,
            PluginPresence::missingOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(JDBC, "1.1.0", List.of(B), List.of(A, C)),
            org.assertj.core.groups.Tuple.tuple(JDBC, "1.2.0", List.of(A), List.of(B, C)));
    assertThat(report.plugins())
        .extracting(PluginPresence::className)
        .containsExactly(JDBC, JDBC, SOURCE);
  }

  @Test
  void anUnreachableWorker_isReportedWithWhy_neitherHavingNorLackingAnything() {
    PluginReport report =
        PluginReport.of(
            List.of(A, B),
            Map.of(A, List.of(plugin(SOURCE, "4.3.1"))),
            Map.of(B, "GET /connector-plugins?connectorsOnly=false failed: Connection refused"));

    assertThat(report.consistent()).isFalse();
    assertThat(report.missing()).isEmpty();
    assertThat(report.unreachable()).containsOnlyKeys(B);
    assertThat(report.plugins().get(0).missingOn()).isEmpty();
    assertThat(report.workers()).containsExactly(A, B);
  }

  @Test
  void aPluginWithoutVersion_andOneListedTwice_areOneEntryEach() {
    PluginReport report =
        PluginReport.of(
            List.of(A),
            Map.of(A, List.of(plugin(JDBC, null), plugin(JDBC, null), plugin(JDBC, "1.0"))),
            Map.of());

    assertThat(report.plugins()).extracting(PluginPresence::version).containsExactly(null, "1.0");
    assertThat(report.plugins().get(0).presentOn()).containsExactly(A);
  }

  @Test
  void aClassListedAsTwoKinds_isAnEntryPerKind() {
    String json = "org.apache.kafka.connect.json.JsonConverter";
    PluginReport report =
        PluginReport.of(
            List.of(A, B),
            Map.of(
                A,
                List.of(
                    new PluginInfo(json, PluginType.CONVERTER, "4.3.1"),
                    new PluginInfo(json, PluginType.HEADER_CONVERTER, "4.3.1")),
                B,
                List.of(new PluginInfo(json, PluginType.CONVERTER, "4.3.1"))),
            Map.of());

    assertThat(report.plugins())
        .extracting(PluginPresence::type)
        .containsExactly(PluginType.CONVERTER, PluginType.HEADER_CONVERTER);
    assertThat(report.missing())
        .singleElement()
        .satisfies(
            missing -> {
              assertThat(missing.type()).isEqualTo(PluginType.HEADER_CONVERTER);
              assertThat(missing.missingOn()).containsExactly(B);
            });
  }
}
