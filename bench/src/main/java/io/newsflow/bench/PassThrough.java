package io.newsflow.bench;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.config.StreamsProps;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The ceiling: a Kafka Streams application that copies bytes from one topic to another with
 * exactly-once, run in its own JVM like a pipeline stage. Whatever newsflow does per record costs
 * on top of this. Arguments: bootstrap input output application-id-prefix state-dir.
 */
public final class PassThrough {
  private PassThrough() {}

  static Topology topology(String input, String output) {
    StreamsBuilder b = new StreamsBuilder();
    b.stream(
            input,
            Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("passthrough-source"))
        .to(
            output,
            Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("passthrough-sink"));
    return b.build();
  }

  public static void main(String[] args) throws Exception {
    // the same Streams settings as newsflow's stages: exactly-once v2, commit interval, compression
    NewsflowConfig config =
        NewsflowConfig.defaults()
            .with(
                Map.of(
                    "bootstrap.servers",
                    args[0],
                    "application.id.prefix",
                    args[3],
                    "state.dir",
                    Path.of(args[4]).toString()));
    Properties p = StreamsProps.of(config, "passthrough");
    KafkaStreams streams = new KafkaStreams(topology(args[1], args[2]), p);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  streams.close();
                  stop.countDown();
                }));
    streams.start();
    stop.await();
  }
}
