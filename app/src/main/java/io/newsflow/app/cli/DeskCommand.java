package io.newsflow.app.cli;

import io.newsflow.config.NewsflowConfig;
import io.newsflow.desk.Desk;
import io.newsflow.runtime.Wiring;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "desk",
    mixinStandardHelpOptions = true,
    description =
        "Serve the monitoring desk on 127.0.0.1: alerts as they fire, filters, articles and why rules fired.")
public final class DeskCommand implements Callable<Integer> {
  @Option(names = "--port", description = "Default: ${DEFAULT-VALUE} (0: any free port).")
  int port = 8090;

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws Exception {
    NewsflowConfig config = options.config();
    Wiring wiring = Wiring.reading(config); // lives as long as the process
    Desk desk = new Desk(wiring.topics(), wiring.values(), wiring.clientProps(), port).start();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  desk.close();
                  stop.countDown();
                }));
    System.out.println("Desk at " + desk.url() + " (Ctrl-C stops it)");
    stop.await();
    return 0;
  }
}
