package io.github.connectclient.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, for error messages. */
final class LogTail {

  private LogTail() {}

  static String of(Path file, int lines) {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e + ")";
    }
    List<String> all = Arrays.asList(text.split("\\R", -1));
    int end = all.size();
    if (end > 0 && all.get(end - 1).isEmpty()) {
      end--;
    }
    return String.join("\n", all.subList(Math.max(0, end - lines), end));
  }
}
