package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.apply.BulkItem;
import io.github.connectclient.apply.BulkResult;
import io.github.connectclient.apply.ConnectorSelector;
import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.errors.NotFoundException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tutorial's interactive delete ({@code curl ... | jq | peco | xargs curl -X DELETE}) as a
 * small terminal program: it lists the connectors, you move with the arrow keys or type a row's
 * number, Enter deletes that connector, q or Ctrl-C leaves.
 *
 * <p>In a terminal it switches to raw mode and redraws the screen with ANSI escape codes. With
 * {@code --plain}, or when standard input is not a terminal, it reads the same keys from standard
 * input and prints each screen as plain text: {@code printf '2\n' | ... --plain} deletes the second
 * connector.
 *
 * <p>Usage: {@code InteractiveDelete [--url http://host:8083]... [--plain]}; the default URL is
 * {@code http://localhost:8083}.
 */
public final class InteractiveDelete {

  private static final String CLEAR_SCREEN = "\u001b[H\u001b[2J";

  private final ConnectClient client;
  private final DeleteList list;
  private final PrintStream out;
  private final boolean ansi;

  InteractiveDelete(ConnectClient client, String clusterUrl, PrintStream out, boolean ansi) {
    this.client = client;
    this.list = new DeleteList(clusterUrl);
    this.out = out;
    this.ansi = ansi;
  }

  public static void main(String[] args) throws IOException {
    List<String> urls = new ArrayList<>();
    boolean plain = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--plain")) {
        plain = true;
      } else if (args[i].equals("--url") && i + 1 < args.length) {
        urls.add(args[++i]);
      } else {
        throw new IllegalArgumentException("usage: InteractiveDelete [--url URL]... [--plain]");
      }
    }
    if (urls.isEmpty()) {
      urls.add("http://localhost:8083");
    }
    boolean interactive = !plain && System.console() != null;
    Reader keys = new InputStreamReader(System.in, StandardCharsets.UTF_8);
    // Straight to the terminal: a launcher may wrap System.out in a stream that strips escape
    // codes (Maven does in batch mode, -B).
    PrintStream out =
        interactive
            ? new PrintStream(
                new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8)
            : System.out;
    try (ConnectClient client = ConnectClient.builder().urls(urls).build()) {
      InteractiveDelete program = new InteractiveDelete(client, urls.get(0), out, interactive);
      RawTerminal terminal = interactive ? RawTerminal.enable(out) : null;
      try {
        program.run(keys);
      } finally {
        if (terminal != null) {
          terminal.close();
        }
      }
    }
  }

  /**
   * Shows the list and handles keys until q, Ctrl-C, Ctrl-D or the end of {@code keys}.
   *
   * @return the connectors deleted, in order
   */
  List<String> run(Reader keys) throws IOException {
    KeyReader reader = new KeyReader(keys);
    List<String> deleted = new ArrayList<>();
    refresh();
    draw();
    while (true) {
      Key key = reader.next();
      if (key.kind() == Key.Kind.QUIT) {
        out.println(
            deleted.isEmpty() ? "Nothing deleted." : "Deleted: " + String.join(", ", deleted));
        return deleted;
      }
      if (key.kind() == Key.Kind.REFRESH) {
        list.message("");
        refresh();
      }
      Optional<String> target = list.apply(key);
      if (target.isPresent()) {
        delete(target.get()).ifPresent(deleted::add);
        refresh();
      }
      draw();
    }
  }

  private Optional<String> delete(String name) {
    BulkResult result;
    try {
      result = client.deleteConnectors(ConnectorSelector.named(name));
    } catch (ConnectClientException e) {
      list.message("Could not list the connectors: " + e.getMessage());
      return Optional.empty();
    }
    ConnectClientException error =
        result.failed().stream().findFirst().flatMap(BulkItem::error).orElse(null);
    if (error != null) {
      list.message(
          error instanceof NotFoundException
              ? name + " was already gone"
              : "Could not delete " + name + ": " + error.getMessage());
      return Optional.empty();
    }
    list.message("Deleted " + name);
    return Optional.of(name);
  }

  private void refresh() {
    try {
      list.show(client.listConnectors().stream().sorted().toList());
    } catch (ConnectClientException e) {
      list.message("Could not list the connectors: " + e.getMessage());
    }
  }

  private void draw() {
    StringBuilder screen = new StringBuilder(ansi ? CLEAR_SCREEN : "\n");
    for (String line : list.lines(ansi)) {
      screen.append(line).append(System.lineSeparator());
    }
    out.print(screen);
    out.flush();
  }
}
