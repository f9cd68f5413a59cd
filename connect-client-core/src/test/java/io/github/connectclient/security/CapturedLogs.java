package io.github.connectclient.security;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * The SLF4J output of the core tests, kept in memory: {@link CapturingSlf4jProvider} makes every
 * logger one of these. While at least one {@link #capture()} is open every level is enabled and
 * each line (message, then the stack trace of its throwable with every cause's message) is
 * recorded; otherwise only WARN and ERROR are (printed to stderr too with {@code
 * -Dconnectclient.test.logs=stderr}; by default the build log stays quiet, as with no binding).
 */
public final class CapturedLogs implements AutoCloseable {

  private static final int MAX_LINES = 200_000;
  private static final List<String> LINES = new ArrayList<>();
  private static final AtomicInteger OPEN = new AtomicInteger();
  private static final boolean PRINT =
      "stderr".equals(System.getProperty("connectclient.test.logs"));

  private CapturedLogs() {
    synchronized (LINES) {
      LINES.clear();
    }
  }

  /** Starts recording every level; close to go back to WARN and ERROR only. */
  public static CapturedLogs capture() {
    OPEN.incrementAndGet();
    return new CapturedLogs();
  }

  /** Everything logged since {@link #capture()} (or the last {@link #clear()}). */
  public List<String> lines() {
    synchronized (LINES) {
      return List.copyOf(LINES);
    }
  }

  /** Forgets the lines recorded so far. */
  public void clear() {
    synchronized (LINES) {
      LINES.clear();
    }
  }

  @Override
  public void close() {
    OPEN.decrementAndGet();
  }

  /** The WARN and ERROR lines recorded since {@link #capture()}. */
  public List<String> warnings() {
    return lines().stream().filter(l -> l.startsWith("WARN ") || l.startsWith("ERROR ")).toList();
  }

  static void record(String line) {
    synchronized (LINES) {
      if (LINES.size() < MAX_LINES) {
        LINES.add(line);
      }
    }
  }

  /** One logger; records as described on {@link CapturedLogs}. */
  static final class CapturingLogger extends AbstractLogger {

    CapturingLogger(String name) {
      this.name = name;
    }

    private static boolean all() {
      return OPEN.get() > 0;
    }

    @Override
    public boolean isTraceEnabled() {
      return all();
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return all();
    }

    @Override
    public boolean isDebugEnabled() {
      return all();
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return all();
    }

    @Override
    public boolean isInfoEnabled() {
      return all();
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return all();
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
      StringBuilder line =
          new StringBuilder(level.name())
              .append(' ')
              .append(name)
              .append(" - ")
              .append(MessageFormatter.basicArrayFormat(pattern, arguments));
      if (throwable != null) {
        StringWriter trace = new StringWriter();
        throwable.printStackTrace(new PrintWriter(trace));
        line.append('\n').append(trace);
      }
      String text = line.toString();
      if (all()) {
        record(text);
      } else if (level.toInt() >= Level.WARN.toInt()) {
        record(text);
        if (PRINT) {
          System.err.println(text);
        }
      }
    }
  }
}
