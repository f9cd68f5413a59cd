package io.github.connectclient.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

  @TempDir Path folder;

  private static Path sample() throws URISyntaxException {
    return Path.of(BenchReportTest.class.getResource("/sample-jmh-result.json").toURI());
  }

  @Test
  void main_writesTheTableWithRatiosAgainstEachBaselineAndTheRatiosJson() throws Exception {
    BenchReport.main(new String[] {sample().toString(), folder.toString()});

    String markdown = Files.readString(folder.resolve("bench-report.md"));
    assertThat(markdown)
        .contains("| figure | this client | vs OkHttp+Moshi | vs SourceLab | floor |")
        .contains("| status, time per call | 40.0 us ± 2.0 us | 0.80x ± 0.08 (50.0 us)")
        .contains("| 0.50x ± 0.05 (80.0 us) | raw socket 30.0 us ± 1.0 us |")
        .contains("| status, bytes allocated per call | 10.0 kB ± 0.1 kB | 0.80x ± 0.02 (12.5 kB)")
        .contains("64-way ideal 78.1 ms; raw sockets 85.0 ms ± 5.0 ms");
    String json = Files.readString(folder.resolve("bench-ratios.json"));
    assertThat(json).contains("\"figure\": \"status, time per call\"").contains("\"ratio\": 0.8");
  }

  @Test
  void markdown_judgesEachTargetAndMarksOverlappingIntervals() throws Exception {
    String markdown = new BenchReport(JmhResults.read(sample())).markdown();

    assertThat(markdown)
        .contains("| <= 0.9x SourceLab | status, time per call | 0.50x ± 0.05 | PASS |")
        .contains(
            "| <= 1.0x OkHttp+Moshi | status, bytes allocated per call | 0.80x ± 0.02 | PASS |")
        .contains(
            "| <= 1.0x sync client on 64 threads | async fan-out 1,000 x 5 ms, `allOf` | 1.05x ±"
                + " 0.43 | MISS (interval overlaps the target: rerun) |")
        .contains(
            "| <= 0.7x SourceLab | JVM start to first answer (OkHttp column: raw OkHttp) | 0.57x ±"
                + " 0.05 | PASS |");
  }

  @Test
  void markdown_handlesAnAbsoluteTargetWithoutBaselineAndMissingBaselines() throws Exception {
    String markdown = new BenchReport(JmhResults.read(sample())).markdown();

    assertThat(markdown)
        .contains("| testkit: 1 broker + 2 workers ready | 4.20 s ± 0.50 s |")
        .contains("| median <= 5 s | testkit: 1 broker + 2 workers ready | 0.84x ± 0.10 | PASS |")
        .contains(
            "| <= 0.8x SourceLab | expanded list of 2,000, time | no baseline in this run |"
                + " NOT RUN |")
        .contains("| plan over 500 specs, 25 changed | 9.0 ms ± 0.3 ms |")
        .contains("- `SomeNewBenchmark.thing`: 1.5 ms ± 0.1 ms");
  }
}
