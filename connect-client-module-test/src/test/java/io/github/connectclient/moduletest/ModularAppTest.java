package io.github.connectclient.moduletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.connectclient.ConnectClient;
import io.github.connectclient.async.AsyncConnectClient;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ServerInfo;
import io.github.connectclient.model.State;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A modular application ({@code requires io.github.connectclient.core}) on the module path: the
 * clients work (decoding included, which needs the module's {@code opens} to Moshi), and their
 * internal packages can be neither compiled against nor reached by reflection.
 */
class ModularAppTest {

  private static final String INTERNAL = "io.github.connectclient.internal.http";

  private HttpServer server;
  private String url;

  @BeforeEach
  void startWorker() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    answer(
        "/",
        "{\"version\":\"4.3.1\",\"commit\":\"26b251a451ce941d\",\"kafka_cluster_id\":\"L6LDjIIVSMW3wv5xZQ6BhA\"}");
    answer(
        "/connectors/orders/status",
        "{\"name\":\"orders\",\"connector\":{\"state\":\"RUNNING\","
            + "\"worker_id\":\"127.0.0.1:8083\"},\"tasks\":[{\"id\":0,\"state\":\"RUNNING\","
            + "\"worker_id\":\"127.0.0.1:8083\"}],\"type\":\"sink\"}");
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopWorker() {
    server.stop(0);
  }

  @Test
  void theClientsRunAsNamedModules() {
    assertEquals("io.github.connectclient.core", ConnectClient.class.getModule().getName());
    assertEquals("io.github.connectclient.async", AsyncConnectClient.class.getModule().getName());
    assertEquals("io.github.connectclient.moduletest", ModularApp.class.getModule().getName());
  }

  @Test
  void syncClient_readsAndDecodesOnTheModulePath() {
    ServerInfo info = ModularApp.serverInfo(url);

    assertEquals("4.3.1", info.version());
    assertEquals("L6LDjIIVSMW3wv5xZQ6BhA", info.kafkaClusterId());
  }

  @Test
  void asyncClient_readsAndDecodesOnTheModulePath() {
    ConnectorStatus status = ModularApp.status(url, "orders");

    assertEquals(State.RUNNING, status.connector().state());
    assertEquals(1, status.tasks().size());
  }

  @Test
  void connectorSpecs_readOnTheModulePath() throws IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("spec", ".json");
    java.nio.file.Files.writeString(file, "{\"name\":\"orders\",\"config\":{\"tasks.max\":2}}");

    assertEquals("2", ModularApp.specs(file).get(0).config().get("tasks.max"));
    assertTrue(ConnectClient.class.getModule().isExported("io.github.connectclient.apply"));
  }

  @Test
  void internals_areExportedToTheAsyncModuleOnly() {
    Module core = ConnectClient.class.getModule();

    assertTrue(core.isExported("io.github.connectclient"));
    assertTrue(core.isExported("io.github.connectclient.model"));
    assertTrue(core.isExported("io.github.connectclient.errors"));
    assertFalse(core.isExported(INTERNAL));
    assertFalse(core.isExported(INTERNAL, ModularApp.class.getModule()));
    assertTrue(core.isExported(INTERNAL, AsyncConnectClient.class.getModule()));
  }

  @Test
  void internals_cannotBeCalledByReflection() throws Exception {
    Class<?> transport = Class.forName(INTERNAL + ".Transport");
    Class<?> config = Class.forName("io.github.connectclient.internal.config.TransportConfig");

    assertThrows(
        IllegalAccessException.class,
        () -> transport.getMethod("create", config).invoke(null, (Object) null));
  }

  @Test
  void internals_cannotBeCompiledAgainst() {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<JavaFileObject> sources =
        List.of(
            source("module-info", "module user { requires io.github.connectclient.core; }"),
            source(
                "user/UsesInternals",
                "package user; public class UsesInternals { "
                    + INTERNAL
                    + ".Transport transport; }"));

    boolean compiled =
        compiler
            .getTask(
                diagnostics,
                null,
                null,
                List.of(
                    "--module-path",
                    System.getProperty("jdk.module.path"),
                    "-d",
                    System.getProperty("java.io.tmpdir") + "/connect-client-module-test"),
                null,
                sources)
            .call();

    assertFalse(compiled, "a module compiled against " + INTERNAL);
    assertTrue(diagnostics.toString().contains("is not visible"), diagnostics.toString());
  }

  @Test
  void publicApi_compilesFromAnotherModule() {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<JavaFileObject> sources =
        List.of(
            source("module-info", "module user { requires io.github.connectclient.core; }"),
            source(
                "user/UsesApi",
                "package user; public class UsesApi { "
                    + "io.github.connectclient.ConnectClient client = io.github.connectclient.ConnectClient"
                    + ".builder().url(\"http://localhost:8083\").build(); }"));

    boolean compiled =
        compiler
            .getTask(
                diagnostics,
                null,
                null,
                List.of(
                    "--module-path",
                    System.getProperty("jdk.module.path"),
                    "-d",
                    System.getProperty("java.io.tmpdir") + "/connect-client-module-test-api"),
                null,
                sources)
            .call();

    assertTrue(compiled, diagnostics.toString());
  }

  private void answer(String path, String json) {
    server.createContext(
        path,
        exchange -> {
          if (!exchange.getRequestURI().getPath().equals(path)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          byte[] body = json.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }

  private static JavaFileObject source(String name, String code) {
    return new SimpleJavaFileObject(
        URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }
}
