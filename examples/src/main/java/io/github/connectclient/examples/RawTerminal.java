package io.github.connectclient.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Puts the terminal into raw mode ({@code stty -icanon -echo min 1}: every key arrives at once and
 * is not echoed) and restores the saved settings on {@link #close()}, or from a shutdown hook when
 * Ctrl-C ends the JVM. Needs {@code stty} and {@code /dev/tty}, as on Linux and macOS.
 */
final class RawTerminal implements AutoCloseable {

  private static final String HIDE_CURSOR = "\u001b[?25l";
  private static final String SHOW_CURSOR = "\u001b[?25h";

  private final String saved;
  private final PrintStream out;
  private final Thread restoreOnExit;
  private boolean restored;

  private RawTerminal(String saved, PrintStream out) {
    this.saved = saved;
    this.out = out;
    this.restoreOnExit = new Thread(this::restore, "restore-terminal");
  }

  /** Saves the terminal settings, switches to raw mode and hides the cursor. */
  static RawTerminal enable(PrintStream out) throws IOException {
    String saved = stty("-g").strip();
    RawTerminal terminal = new RawTerminal(saved, out);
    Runtime.getRuntime().addShutdownHook(terminal.restoreOnExit);
    stty("-icanon -echo min 1");
    out.print(HIDE_CURSOR);
    out.flush();
    return terminal;
  }

  @Override
  public void close() {
    restore();
    try {
      Runtime.getRuntime().removeShutdownHook(restoreOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }

  private synchronized void restore() {
    if (restored) {
      return;
    }
    restored = true;
    out.print(SHOW_CURSOR);
    out.flush();
    try {
      stty(saved);
    } catch (IOException e) {
      System.err.println("Could not restore the terminal (run `stty sane`): " + e.getMessage());
    }
  }

  /** Runs {@code stty ARGS < /dev/tty} and returns what it prints. */
  private static String stty(String args) throws IOException {
    Process process =
        new ProcessBuilder("sh", "-c", "stty " + args + " < /dev/tty")
            .redirectInput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IOException("stty " + args + " exited with " + process.exitValue());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while running stty", e);
    }
    return output;
  }
}
