package io.github.connectclient.benchmarks;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.benchmarks.baseline.OkHttpMoshiClient;
import io.github.connectclient.benchmarks.baseline.RawSocketClient;
import io.github.connectclient.benchmarks.stub.StubProcess;
import java.io.IOException;
import java.time.Duration;
import org.sourcelab.kafka.connect.apiclient.Configuration;
import org.sourcelab.kafka.connect.apiclient.KafkaConnectClient;

/**
 * The four contenders of a one-call benchmark against one stub server JVM: this client with its
 * defaults (retries, redaction and body cap all on), plain OkHttp + Moshi, SourceLab's client, and
 * the raw socket floor.
 */
public final class Clients implements AutoCloseable {

  /** The connector whose status the benchmarks ask for. */
  public static final String CONNECTOR = "fixture-source";

  /** The stub server. */
  public final StubProcess stub;

  /** This client, built with nothing but its URL. */
  public final ConnectClient ours;

  /** Plain OkHttp + Moshi into the same records. */
  public final OkHttpMoshiClient okHttpMoshi;

  /** SourceLab's {@code kafka-connect-client}, with its defaults. */
  public final KafkaConnectClient sourceLab;

  /** The floor. */
  public final RawSocketClient rawSocket;

  private Clients(StubProcess stub) throws IOException {
    this.stub = stub;
    ours = ConnectClient.builder().url(stub.url()).build();
    okHttpMoshi = new OkHttpMoshiClient(stub.url());
    sourceLab = new KafkaConnectClient(new Configuration(stub.url()));
    rawSocket = new RawSocketClient(stub.port());
  }

  /**
   * Starts a stub server JVM with no added latency and the four clients.
   *
   * @return the clients
   * @throws IOException if the stub does not start
   */
  public static Clients start() throws IOException {
    return new Clients(StubProcess.start(Duration.ZERO));
  }

  @Override
  public void close() throws IOException {
    ours.close();
    okHttpMoshi.close();
    rawSocket.close();
    stub.close();
  }
}
