package io.github.connectclient.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the docs from drifting: every code block marked {@code <!-- snippet:ID -->} in README.md
 * and docs/*.md must equal the {@code // snippet:ID} ... {@code // end-snippet} region of an
 * example under examples/src/main/java, after stripping the common indentation. Code blocks without
 * the marker are not checked.
 */
class DocSnippetsTest {

  private static final Pattern REGION_START = Pattern.compile("^\\s*// snippet:(\\S+)\\s*$");
  private static final Pattern REGION_END = Pattern.compile("^\\s*// end-snippet\\s*$");
  private static final Pattern DOC_MARKER = Pattern.compile("^<!-- snippet:(\\S+) -->\\s*$");
  private static final Pattern DOC_END = Pattern.compile("^<!-- end-snippet -->\\s*$");
  private static final Pattern FENCE_OPEN = Pattern.compile("^```\\w*\\s*$");

  /** The examples module; surefire runs in it. */
  private static final Path MODULE = Path.of("").toAbsolutePath();

  private static final Path ROOT = MODULE.getParent();

  @Test
  void everyMarkedDocBlock_equalsItsExampleRegion() throws IOException {
    Map<String, String> regions = sourceRegions();
    List<DocBlock> blocks = docBlocks();

    assertThat(blocks).as("marked snippets in README.md and docs/*.md").isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (DocBlock block : blocks) {
      String region = regions.get(block.id());
      if (region == null) {
        problems.add(
            block.where()
                + ": no '// snippet:"
                + block.id()
                + "' region in "
                + MODULE.relativize(sourceRoot()));
      } else if (!region.equals(block.code())) {
        problems.add(
            block.where()
                + ": snippet '"
                + block.id()
                + "' differs from its example region.\n--- example:\n"
                + region
                + "\n--- doc:\n"
                + block.code());
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n\n", problems));
    }
  }

  @Test
  void theReadmeQuotesTheQuickStart() throws IOException {
    assertThat(docBlocks()).extracting(DocBlock::id).contains("quick-start");
  }

  @Test
  void dedent_removesTheCommonIndentationOnly() {
    assertThat(dedent(List.of("    a(", "      b);", "", "    c();")))
        .isEqualTo("a(\n  b);\n\nc();");
  }

  /** Region id to its dedented text, from every example source. */
  static Map<String, String> sourceRegions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(sourceRoot())) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher start = REGION_START.matcher(lines.get(i));
          if (!start.matches()) {
            continue;
          }
          int end = i + 1;
          while (end < lines.size() && !REGION_END.matcher(lines.get(end)).matches()) {
            end++;
          }
          assertThat(end)
              .as(file + ": region " + start.group(1) + " has no end-snippet")
              .isLessThan(lines.size());
          String previous = regions.put(start.group(1), dedent(lines.subList(i + 1, end)));
          assertThat(previous).as("region id " + start.group(1) + " is used twice").isNull();
          i = end;
        }
      }
    }
    return regions;
  }

  /** The marked code blocks of README.md and docs/*.md. */
  static List<DocBlock> docBlocks() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(ROOT.resolve("README.md"));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<DocBlock> blocks = new ArrayList<>();
    for (Path doc : docs) {
      List<String> lines = Files.readAllLines(doc);
      for (int i = 0; i < lines.size(); i++) {
        Matcher marker = DOC_MARKER.matcher(lines.get(i));
        if (marker.matches()) {
          blocks.add(block(doc, lines, i, marker.group(1)));
        }
      }
    }
    return blocks;
  }

  /** Reads the fenced block after the marker on line {@code at}: fence, code, fence, end marker. */
  private static DocBlock block(Path doc, List<String> lines, int at, String id) {
    String where = ROOT.relativize(doc) + ":" + (at + 1);
    int open = nextNonBlank(lines, at + 1);
    assertThat(open < lines.size() && FENCE_OPEN.matcher(lines.get(open)).matches())
        .as(where + ": <!-- snippet:" + id + " --> must be followed by a ``` code fence")
        .isTrue();
    int close = open + 1;
    while (close < lines.size() && !lines.get(close).strip().equals("```")) {
      close++;
    }
    assertThat(close).as(where + ": the code fence is not closed").isLessThan(lines.size());
    int end = nextNonBlank(lines, close + 1);
    assertThat(end < lines.size() && DOC_END.matcher(lines.get(end)).matches())
        .as(where + ": the code fence must be followed by <!-- end-snippet -->")
        .isTrue();
    return new DocBlock(id, where, dedent(lines.subList(open + 1, close)));
  }

  private static int nextNonBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /** Joins the lines after removing the indentation they all share; trailing blanks dropped. */
  static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return String.join("\n", out);
  }

  private static Path sourceRoot() {
    return MODULE.resolve("src/main/java");
  }

  /** One marked code block of a doc. */
  record DocBlock(String id, String where, String code) {}
}
