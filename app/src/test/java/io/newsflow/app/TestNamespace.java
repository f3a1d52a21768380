package io.newsflow.app;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.registry.HttpSchemaRegistryClient;
import io.newsflow.runtime.TopicReader;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.topics.TopicCatalog;
import java.util.HashMap;
import java.util.Map;

/**
 * A test's own namespace on a broker: prefixed topics and application ids, so tests sharing a
 * broker never see each other's records, groups or state.
 */
record TestNamespace(String name, NewsflowConfig config, TopicCatalog topics) {
  /** A namespace on the shared broker and registry, with these settings on top of the defaults. */
  static TestNamespace shared(String tag, Map<String, String> settings) {
    return on(
        SharedBroker.kafka().bootstrapServers(), SharedBroker.registry().url(), tag, settings);
  }

  static TestNamespace on(
      String bootstrap, String registryUrl, String tag, Map<String, String> settings) {
    String ns = tag + System.nanoTime();
    Map<String, String> all =
        new HashMap<>(
            Map.of(
                "bootstrap.servers",
                bootstrap,
                "registry.url",
                registryUrl,
                "topic.prefix",
                ns + ".",
                "application.id.prefix",
                ns + "-newsflow"));
    all.putAll(settings);
    NewsflowConfig config = NewsflowConfig.defaults().with(all);
    return new TestNamespace(
        ns,
        config,
        new TopicCatalog(
            ns + ".",
            new NewsflowSerdes(new HttpSchemaRegistryClient(config.registrySettings()), true)));
  }

  /** Reads this namespace's topics, read_committed. */
  TopicReader reader() {
    return new TopicReader(config.kafkaClientProps(), topics.serdes().generic());
  }
}
