package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {
  @Test
  void aFolderSaysWhichFilesNoIncludeTakesInsteadOfSkippingThemSilently(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Floods in Peru");
    Files.write(dir.resolve("b.html.gz"), new byte[] {0x1f, (byte) 0x8b});
    Files.writeString(dir.resolve(".hidden"), "editor state");
    FileSource source = new FileSource(List.of(dir), 1_000_000);
    assertThat(source.files()).containsExactly(dir.resolve("a.txt"));
    assertThat(source.skipped()).containsExactly(dir.resolve("b.html.gz"));
    // a file named directly is always taken, and nothing is skipped
    FileSource named = new FileSource(List.of(dir.resolve("b.html.gz")), 1_000_000);
    assertThat(named.files()).containsExactly(dir.resolve("b.html.gz"));
    assertThat(named.skipped()).isEmpty();
  }
}
