/** A modular application using the clients, as a user's would. */
module io.github.connectclient.moduletest {
  requires io.github.connectclient.core;
  requires io.github.connectclient.async;
  // for the test: a loopback HTTP server and the compiler that proves internals are not readable
  requires jdk.httpserver;
  requires java.compiler;

  exports io.github.connectclient.moduletest;
}
