package io.github.connectclient.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The structure docs/architecture.md describes, checked on the sources of every module: which
 * package may depend on which, no cycles between packages, and small files.
 */
class ArchitectureTest {

  private static final String ROOT = "io.github.connectclient";
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(io\\.github\\.connectclient(?:\\.[a-z]\\w*)*)\\.[A-Z]");
  private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
  private static final int MAX_LINES = 300;

  /** The two client interfaces are mostly javadoc: one method per endpoint, each documented. */
  private static final Set<String> LONG_ALLOWED =
      Set.of("ConnectClient.java", "AsyncConnectClient.java");

  private static final Map<String, Set<String>> GRAPH = packageGraph();

  @Test
  void model_dependsOnNothingOfOurs() {
    assertThat(dependencies(ROOT + ".model")).isEmpty();
  }

  @Test
  void errors_dependOnTheModelOnly() {
    assertThat(dependencies(ROOT + ".errors")).allMatch(p -> p.equals(ROOT + ".model"));
  }

  @Test
  void apply_dependsOnTheModelAndErrorsOnly() {
    assertThat(dependencies(ROOT + ".apply"))
        .allMatch(p -> p.equals(ROOT + ".model") || p.equals(ROOT + ".errors"));
  }

  @Test
  void internals_neverDependOnThePublicClientPackages() {
    GRAPH.forEach(
        (from, to) -> {
          if (from.startsWith(ROOT + ".internal")) {
            assertThat(to).as(from).doesNotContain(ROOT, ROOT + ".async");
          }
        });
  }

  @Test
  void theAsyncFace_usesCoreThroughItsApiAndTheInternalsExportedToIt() {
    assertThat(dependencies(ROOT + ".async"))
        .allMatch(
            p ->
                p.equals(ROOT)
                    || p.equals(ROOT + ".apply")
                    || p.equals(ROOT + ".model")
                    || p.equals(ROOT + ".errors")
                    || p.startsWith(ROOT + ".internal."));
  }

  @Test
  void packages_haveNoCycles() {
    List<List<String>> cycles = new Cycles(GRAPH).find();
    assertThat(cycles).as("package cycles").isEmpty();
  }

  @Test
  void mainFiles_areAtMost300Lines_butTheClientInterfaces() throws IOException {
    Map<String, Long> tooLong = new TreeMap<>();
    for (Path file : mainSources()) {
      long lines;
      try (Stream<String> stream = Files.lines(file)) {
        lines = stream.count();
      }
      if (lines > MAX_LINES && !LONG_ALLOWED.contains(file.getFileName().toString())) {
        tooLong.put(REPOSITORY.relativize(file).toString(), lines);
      }
    }
    assertThat(tooLong).as("files over " + MAX_LINES + " lines").isEmpty();
  }

  @Test
  void theGraph_isReadFromTheRealSources() {
    assertThat(GRAPH).containsKeys(ROOT, ROOT + ".model", ROOT + ".internal.http", ROOT + ".async");
    assertThat(dependencies(ROOT + ".internal.http"))
        .contains(ROOT + ".internal.retry", ROOT + ".internal.endpoint");
  }

  private static Set<String> dependencies(String pkg) {
    assertThat(GRAPH).containsKey(pkg);
    return GRAPH.get(pkg);
  }

  private static Map<String, Set<String>> packageGraph() {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (Path file : mainSources()) {
      String code = read(file);
      Matcher declared = Pattern.compile("(?m)^package ([\\w.]+);").matcher(code);
      if (!declared.find()) {
        continue;
      }
      String pkg = declared.group(1);
      Set<String> to = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
      Matcher reference = REFERENCE.matcher(withoutComments(code));
      while (reference.find()) {
        String target = reference.group(1);
        if (!target.equals(pkg) && !target.startsWith(ROOT + ".examples")) {
          to.add(target);
        }
      }
    }
    return graph;
  }

  private static List<Path> mainSources() {
    try (Stream<Path> modules = Files.list(REPOSITORY)) {
      List<Path> sources = new ArrayList<>();
      for (Path module :
          modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
          sources.addAll(
              files
                  .filter(f -> f.toString().endsWith(".java"))
                  .filter(f -> !f.getFileName().toString().equals("module-info.java"))
                  .collect(Collectors.toList()));
        }
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
