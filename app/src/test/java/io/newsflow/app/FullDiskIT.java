package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state directory on a disk that fills while enrich works (a 14 MB tmpfs; 6,000 articles need
 * about 20 MB): enrich stops with an error that names the directory and the cause, and the run
 * fails, instead of dead-lettering good articles while saying all is well (2,664 of 5,000 before).
 * Needs a tmpfs mount (root); skips, saying so, where the machine does not allow one.
 */
class FullDiskIT {
  private Path mounted;

  @AfterEach
  void unmount() throws Exception {
    if (mounted != null) {
      new ProcessBuilder("umount", mounted.toString())
          .inheritIO()
          .start()
          .waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  @Timeout(600)
  void aFullStateDiskStopsEnrichWithTheReasonAndDeadLettersNothing(
      @TempDir Path in, @TempDir Path small) throws Exception {
    Process mount =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=14m", "tmpfs", small.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(mount.getInputStream().readAllBytes());
    boolean ok = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
    Assumptions.assumeTrue(ok, "cannot mount a 14 MB tmpfs here (needs root): " + said.strip());
    mounted = small;

    Random r = new Random(3);
    String[] words =
        ("officials said the river council talks water rose after week rain people moved higher ground "
                + "government minister police army election protest market oil prices drought")
            .split(" ");
    String[] places = {
      "Nairobi", "Lagos", "Dhaka", "Lima", "Manila", "Cairo", "Quito", "Hanoi", "Accra", "Tunis"
    };
    for (int i = 0; i < 6000; i++) {
      String place = places[r.nextInt(places.length)];
      StringBuilder page = new StringBuilder("Report " + i + " from " + place + "\n\n");
      for (int k = 0; k < 5; k++) {
        page.append("In ").append(place).append(", ");
        for (int w = 0; w < 40; w++) {
          page.append(words[r.nextInt(words.length)]).append(' ');
        }
        page.append("on day ").append(i).append(" and item ").append(k).append(".\n\n");
      }
      Files.writeString(in.resolve(String.format("a%05d.txt", i)), page);
    }
    Path state = small.resolve("state");
    MainTest.Run run =
        MainTest.run(
            "demo",
            "--input",
            in.toString(),
            "--out",
            in.resolveSibling("out-" + in.getFileName()).toString(),
            "--rules",
            Path.of("../config/rules.yaml").toString(),
            "-D",
            "state.dir=" + state);
    String all = run.out() + run.err();
    assertThat(run.code()).as(all).isNotZero();
    assertThat(all).contains(state.toString()).contains("No space left on device");
    assertThat(all).doesNotContain("dedup-failed");
  }
}
