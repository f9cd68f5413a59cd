package io.github.connectclient.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A loopback proxy in front of one or more real workers, the load balancer, gateway or broken
 * network of the reliability ITs (docs/reliability.md). Each accepted connection goes to the next
 * worker in round-robin order; a worker that refuses the connection, or was {@link #drain drained},
 * is skipped (a load balancer's health check). Three modes, switchable at any time:
 *
 * <ul>
 *   <li>plain: bytes pass unchanged (TCP, like a Kubernetes Service);
 *   <li>{@link #hang}: connections are accepted and requests read but never forwarded;
 *   <li>{@link #injectFaults}: each HTTP exchange may get a {@link Fault}; every forwarded request
 *       is recorded ({@link #forwarded()}). Connections accepted in this mode read HTTP messages.
 * </ul>
 *
 * The Kafka processes behind it stay real.
 */
final class TestProxy implements AutoCloseable {

  /** A request the proxy sent to a worker, the fault it got, and the connection it came on. */
  record Forwarded(int connection, String requestLine, String body, Fault fault) {}

  private final ServerSocket server;
  private final List<Integer> workerPorts;
  private final Set<Integer> drained = ConcurrentHashMap.newKeySet();
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger accepted = new AtomicInteger();
  private final Set<Socket> clientSockets = ConcurrentHashMap.newKeySet();
  private final Set<Socket> allSockets = ConcurrentHashMap.newKeySet();
  private final Queue<Forwarded> forwarded = new ConcurrentLinkedQueue<>();
  private final Map<Fault, AtomicInteger> injected = new ConcurrentHashMap<>();
  private volatile boolean hung;
  private volatile Supplier<Fault> faults;

  /** A proxy over the workers at {@code workerUrls}, in round-robin order. */
  TestProxy(List<String> workerUrls) {
    this.workerPorts = workerUrls.stream().map(url -> URI.create(url).getPort()).toList();
    try {
      server = new ServerSocket();
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    daemon("test-proxy-" + server.getLocalPort(), this::accept).start();
  }

  /** A proxy in front of one worker. */
  TestProxy(String workerUrl) {
    this(List.of(workerUrl));
  }

  /** The URL of this proxy, to give to a client instead of the workers'. */
  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** Makes the workers behind the proxy silent ({@code true}) or answer again ({@code false}). */
  void hang(boolean hang) {
    this.hung = hang;
  }

  /**
   * From now on, each HTTP exchange on a new connection gets the fault {@code plan} returns (null
   * for none).
   */
  void injectFaults(Supplier<Fault> plan) {
    this.faults = plan;
  }

  /** New connections no longer go to {@code workerUrl} (open ones stay, until either side ends). */
  void drain(String workerUrl) {
    drained.add(URI.create(workerUrl).getPort());
  }

  /** New connections may go to {@code workerUrl} again. */
  void admit(String workerUrl) {
    drained.remove(URI.create(workerUrl).getPort());
  }

  /** The client connections that are open now. */
  int openConnections() {
    clientSockets.removeIf(Socket::isClosed);
    return clientSockets.size();
  }

  /** How many client connections were accepted so far. */
  int acceptedConnections() {
    return accepted.get();
  }

  /** Every request forwarded in fault mode, in order. */
  List<Forwarded> forwarded() {
    return List.copyOf(forwarded);
  }

  /** How many faults of each kind were injected. */
  Map<Fault, Integer> injected() {
    Map<Fault, Integer> counts = new java.util.TreeMap<>();
    injected.forEach((fault, count) -> counts.put(fault, count.get()));
    return counts;
  }

  private void accept() {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      int id = accepted.incrementAndGet();
      if (id % 100 == 0) {
        allSockets.removeIf(Socket::isClosed); // keeps the proxy's own memory flat
        clientSockets.removeIf(Socket::isClosed);
      }
      clientSockets.add(client);
      allSockets.add(client);
      Supplier<Fault> plan = faults;
      if (plan != null) {
        daemon("test-proxy-http-" + id, () -> relayHttp(id, client, plan)).start();
      } else {
        Socket worker = connectToWorker();
        if (worker == null) {
          closeQuietly(client);
          continue;
        }
        pump(client, worker, true);
        pump(worker, client, false);
      }
    }
  }

  /** The next worker in round-robin order that is not drained and accepts; null if none. */
  private Socket connectToWorker() {
    for (int tried = 0; tried < workerPorts.size(); tried++) {
      int port = workerPorts.get(Math.floorMod(next.getAndIncrement(), workerPorts.size()));
      if (drained.contains(port)) {
        continue;
      }
      try {
        Socket worker = new Socket(InetAddress.getLoopbackAddress(), port);
        allSockets.add(worker);
        return worker;
      } catch (IOException refused) {
        // a worker that is down: the next one
      }
    }
    return null;
  }

  private void pump(Socket from, Socket to, boolean requests) {
    daemon(
            "test-proxy-pump",
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try {
                var in = from.getInputStream();
                var out = to.getOutputStream();
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  if (requests && hung) {
                    continue; // read and dropped: the worker never sees the request
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            })
        .start();
  }

  /** One client connection in fault mode: its exchanges one after the other. */
  private void relayHttp(int id, Socket client, Supplier<Fault> plan) {
    Socket worker = null;
    java.io.InputStream fromWorker = null;
    try (client) {
      var fromClient = new java.io.BufferedInputStream(client.getInputStream());
      var toClient = client.getOutputStream();
      for (HttpMessage request; (request = HttpMessage.readRequest(fromClient)) != null; ) {
        Fault fault = plan.get();
        if (fault != null) {
          injected.computeIfAbsent(fault, f -> new AtomicInteger()).incrementAndGet();
        }
        if (fault == Fault.UNAVAILABLE) {
          toClient.write(FaultActions.UNAVAILABLE);
          toClient.flush();
          continue;
        }
        if (worker == null || worker.isClosed()) {
          worker = connectToWorker();
          if (worker == null) {
            return;
          }
          fromWorker = new java.io.BufferedInputStream(worker.getInputStream());
        }
        // only a create's body is kept (its connector name): the log stays small
        String body =
            request.method().equals("POST")
                ? new String(request.body(), java.nio.charset.StandardCharsets.UTF_8)
                : "";
        forwarded.add(new Forwarded(id, request.startLine(), body, fault));
        worker.getOutputStream().write(request.bytes());
        worker.getOutputStream().flush();
        HttpMessage response = HttpMessage.readResponse(fromWorker, request.method());
        if (fault == null) {
          toClient.write(response.bytes());
          toClient.flush();
          if (response.endsWithConnection()) {
            return;
          }
          continue;
        }
        FaultActions.apply(fault, client, response);
        return;
      }
    } catch (IOException | RuntimeException e) {
      // either side ended; the client sees its connection end
    } finally {
      if (worker != null) {
        closeQuietly(worker);
      }
    }
  }

  @Override
  public void close() {
    closeQuietly(server);
    allSockets.forEach(TestProxy::closeQuietly);
  }

  private static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    return thread;
  }

  static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // closing anyway
    }
  }
}
