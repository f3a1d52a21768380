package io.newsflow.app.cli;

import io.newsflow.app.DevBroker;
import io.newsflow.app.DevKit;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "broker",
    mixinStandardHelpOptions = true,
    description = {
      "Start a local Kafka broker (KRaft, child JVM, 127.0.0.1) and the development schema registry,",
      "print their addresses, and keep them up until interrupted. Data persists in --data-dir."
    })
public final class BrokerCommand implements Callable<Integer> {
  @Option(names = "--data-dir", paramLabel = "DIR", description = "Default: ${DEFAULT-VALUE}.")
  Path dataDir = Path.of(".newsflow");

  @Option(
      names = "--port",
      description = "Broker port. Default: ${DEFAULT-VALUE} (0: any free port).")
  int port = 9092;

  @Option(
      names = "--registry-port",
      description = "Registry port. Default: ${DEFAULT-VALUE} (0: any free port).")
  int registryPort = 8081;

  @Override
  public Integer call() throws Exception {
    DevKit.require("broker");
    assertFree(port, "--port");
    assertFree(registryPort, "--registry-port");
    return DevBroker.runUntilStopped(dataDir, port, registryPort);
  }

  @SuppressWarnings("try") // the socket only probes that the port is free
  private static void assertFree(int port, String flag) {
    if (port == 0) {
      return;
    }
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      // free
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Port " + port + " is in use; choose another with " + flag + " (0: any)");
    }
  }
}
