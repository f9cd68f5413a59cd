package io.github.connectclient.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Free TCP ports on the loopback interface. */
final class FreePorts {

  private FreePorts() {}

  /**
   * {@code count} distinct ports that were free a moment ago (the sockets are held until all are
   * chosen).
   */
  static List<Integer> allocate(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        sockets.add(socket);
        ports.add(socket.getLocalPort());
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port on the loopback interface", e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // Nothing to do: the port is free either way.
        }
      }
    }
  }

  /**
   * The loopback address as it goes into a URL or a Kafka listener ({@code 127.0.0.1}, or {@code
   * [::1]}).
   */
  static String loopbackHost() {
    String address = InetAddress.getLoopbackAddress().getHostAddress();
    return address.contains(":") ? "[" + address + "]" : address;
  }
}
