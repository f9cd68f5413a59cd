package io.github.connectclient.benchmarks;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.benchmarks.baseline.OkHttpMoshiClient;
import io.github.connectclient.benchmarks.baseline.RawSocketClient;
import io.github.connectclient.benchmarks.stub.StubProcess;
import java.io.IOException;
import java.time.Duration;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sourcelab.kafka.connect.apiclient.Configuration;
import org.sourcelab.kafka.connect.apiclient.KafkaConnectClient;

/**
 * The JMH state of a one-call benchmark: a stub server JVM with no added latency and the four
 * contenders against it: this client with its defaults (retries, redaction and body cap all on),
 * plain OkHttp + Moshi, SourceLab's client, and the raw socket floor.
 */
@State(Scope.Benchmark)
public class Clients {

  /** The connector whose status the benchmarks ask for. */
  public static final String CONNECTOR = "fixture-source";

  /** The stub server. */
  StubProcess stub;

  /** This client, built with nothing but its URL. */
  ConnectClient ours;

  /** Plain OkHttp + Moshi into the same records. */
  OkHttpMoshiClient okHttpMoshi;

  /** SourceLab's {@code kafka-connect-client}, with its defaults. */
  KafkaConnectClient sourceLab;

  /** The floor. */
  RawSocketClient rawSocket;

  /**
   * Starts the stub server JVM and the four clients.
   *
   * @throws IOException if the stub does not start
   */
  @Setup(Level.Trial)
  public void start() throws IOException {
    stub = StubProcess.start(Duration.ZERO);
    ours = ConnectClient.builder().url(stub.url()).build();
    okHttpMoshi = new OkHttpMoshiClient(stub.url());
    sourceLab = new KafkaConnectClient(new Configuration(stub.url()));
    rawSocket = new RawSocketClient(stub.port());
  }

  /**
   * Closes the clients and stops the stub.
   *
   * @throws IOException if the raw socket cannot be closed
   */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    ours.close();
    okHttpMoshi.close();
    rawSocket.close();
    stub.close();
  }
}
