package io.github.connectclient.benchmarks.stub;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A {@link StubServer} in its own JVM, so that its threads, allocation and GC stay out of the
 * measured JVM. Closing it closes the child's standard input, on which the child exits; if this JVM
 * dies first, the operating system closes that pipe and the child exits all the same.
 */
public final class StubProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  private StubProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts a stub server JVM and waits until it listens.
   *
   * @param latency the time the server waits before every answer
   * @return the running stub
   * @throws IOException if it cannot be started or does not say its port
   */
  public static StubProcess start(Duration latency) throws IOException {
    Process process =
        ChildJvm.start(StubServer.class, Long.toString(Math.max(0, latency.toMillis())));
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("PORT ")) {
      process.destroyForcibly();
      throw new IOException("the stub server did not start: " + line);
    }
    return new StubProcess(process, Integer.parseInt(line.substring(5).trim()));
  }

  /**
   * Returns the port on loopback.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Returns the base URL, ending with a slash.
   *
   * @return e.g. {@code http://127.0.0.1:40123/}
   */
  public String url() {
    return "http://127.0.0.1:" + port + "/";
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
