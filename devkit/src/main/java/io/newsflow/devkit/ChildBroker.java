package io.newsflow.devkit;

import java.io.IOException;

/**
 * Entry point of the broker's child JVM: runs {@code kafka.Kafka} and exits when its parent goes
 * away (its standard input closes), so a killed launcher never leaves a broker behind.
 */
public final class ChildBroker {
  private ChildBroker() {}

  public static void main(String[] args) throws Exception {
    Thread watchdog =
        new Thread(
            () -> {
              try {
                while (System.in.read() >= 0) {
                  // the parent writes nothing; we only wait for end of stream
                }
              } catch (IOException ignored) {
                // a broken pipe means the parent is gone too
              }
              System.exit(0); // runs Kafka's shutdown hook: a clean stop
            },
            "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    kafka.Kafka.main(args);
  }
}
