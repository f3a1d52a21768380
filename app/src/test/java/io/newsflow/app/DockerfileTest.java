package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image build runs Maven on the root pom: every module it lists must be copied into the build
 * stage, or {@code docker compose up --build} stops at "Child module ... does not exist" (there is
 * no Docker engine here to run the build itself).
 */
class DockerfileTest {
  @Test
  void theBuildStageCopiesEveryModuleOfTheRootPom() throws Exception {
    String pom = Files.readString(Path.of("../pom.xml"));
    String dockerfile = Files.readString(Path.of("../Dockerfile"));
    List<String> modules = new ArrayList<>();
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
    while (m.find()) {
      modules.add(m.group(1).strip());
    }
    assertThat(modules).isNotEmpty();
    List<String> copied = new ArrayList<>();
    Matcher c =
        Pattern.compile("(?m)^COPY\\s+(\\S+)\\s+(\\S+)\\s*$")
            .matcher(dockerfile.split("(?m)^FROM ")[1]);
    while (c.find()) {
      copied.add(c.group(1));
    }
    assertThat(copied).as("COPY lines of the build stage").containsAll(modules).contains("pom.xml");
  }

  @Test
  void composePublishesItsUnauthenticatedServicesOnLoopbackOnly() throws Exception {
    String compose = Files.readString(Path.of("../docker-compose.yml"));
    Matcher ports = Pattern.compile("(?m)^\\s+-\\s+\"([^\"]+:\\d+)\"").matcher(compose);
    List<String> published = new ArrayList<>();
    while (ports.find()) {
      published.add(ports.group(1));
    }
    assertThat(published).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("127.0.0.1:"));
  }
}
