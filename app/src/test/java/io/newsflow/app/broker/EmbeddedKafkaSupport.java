package io.newsflow.app.broker;

import io.newsflow.devkit.EmbeddedKafka;

/** Test access to the launcher's classpath, to start newsflow commands as child processes. */
public final class EmbeddedKafkaSupport {
  private EmbeddedKafkaSupport() {}

  public static String classpath() {
    return EmbeddedKafka.classpath();
  }
}
