package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {
  @Test
  void aFolderSaysWhichFilesNoIncludeTakesInsteadOfSkippingThemSilently(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Floods in Peru");
    Files.write(dir.resolve("b.pdf"), new byte[] {0x25, 0x50, 0x44, 0x46});
    Files.writeString(dir.resolve(".hidden"), "editor state");
    FileSource source = new FileSource(List.of(dir), 1_000_000);
    assertThat(source.files()).containsExactly(dir.resolve("a.txt"));
    assertThat(source.skipped()).containsExactly(dir.resolve("b.pdf"));
    // a file named directly is always taken, and nothing is skipped
    FileSource named = new FileSource(List.of(dir.resolve("b.pdf")), 1_000_000);
    assertThat(named.files()).containsExactly(dir.resolve("b.pdf"));
    assertThat(named.skipped()).isEmpty();
  }

  @Test
  void gzippedPagesAreReadAsThePagesTheyHold(@TempDir Path dir) throws Exception {
    String html =
        "<html><head><meta charset=\"windows-1252\"><title>Floods</title></head>"
            + "<body><p>Floods in Peru</p></body></html>";
    gzip(dir.resolve("a.html.gz"), html.getBytes(StandardCharsets.ISO_8859_1));
    gzip(dir.resolve("b.txt.gz"), "Floods in Peru".getBytes(StandardCharsets.UTF_8));
    List<SourceItem> items = read(new FileSource(List.of(dir), 1_000_000));

    assertThat(items).hasSize(2).allMatch(i -> i instanceof InputDocument);
    InputDocument page = (InputDocument) items.get(0);
    assertThat(page.body()).isEqualTo(html.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(page.size()).isEqualTo(html.length());
    assertThat(page.contentTypeHint()).isEqualTo("text/html");
    assertThat(page.charset()).isEqualToIgnoringCase("windows-1252");
    assertThat(page.url()).endsWith("/a.html.gz");
    InputDocument text = (InputDocument) items.get(1);
    assertThat(new String(text.body(), StandardCharsets.UTF_8)).isEqualTo("Floods in Peru");
    assertThat(text.contentTypeHint()).isEqualTo("text/plain");
  }

  @Test
  void aGzippedPageOverTheCapOrDamagedIsAFailureWithItsReasonAndTheRestIsRead(@TempDir Path dir)
      throws Exception {
    gzip(dir.resolve("a-bomb.html.gz"), new byte[2_000_000]); // a few KiB that expand to 2 MB
    Files.write(dir.resolve("b-damaged.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
    Files.writeString(dir.resolve("c.txt"), "Floods in Peru");
    List<SourceItem> items = read(new FileSource(List.of(dir), 1_000_000));

    assertThat(items).hasSize(3);
    SourceItem.Failure bomb = (SourceItem.Failure) items.get(0);
    assertThat(bomb.reason()).isEqualTo(Rejection.TOO_LARGE);
    assertThat(bomb.message()).contains("a-bomb.html.gz", "expands to more than", "1000000");
    SourceItem.Failure damaged = (SourceItem.Failure) items.get(1);
    assertThat(damaged.reason()).isEqualTo(Rejection.UNREADABLE);
    assertThat(damaged.message()).contains("b-damaged.html.gz");
    assertThat(items.get(2)).isInstanceOf(InputDocument.class);
  }

  private static List<SourceItem> read(FileSource source) {
    List<SourceItem> items = new ArrayList<>();
    source.read(items::add);
    return items;
  }

  private static void gzip(Path file, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    Files.write(file, bytes.toByteArray());
  }
}
