package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through the whole pipeline ({@code newsflow demo --input}, real broker, real
 * stages): every input is accounted for (enriched, duplicate, or dead letter with a reason), the
 * counters printed match the topics, the pipeline finishes in bounded time, and a Turkish default
 * locale gives the same output.
 */
class HostileInputIT {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path in;

  /**
   * Input file name to the dead-letter reason it must get; absent: it must come through as an
   * article.
   */
  static final Map<String, String> MUST_REJECT = new TreeMap<>();

  /** Inputs that must come through (enriched or duplicate), not be dead-lettered. */
  static final Set<String> MUST_PASS = new TreeSet<>();

  static final List<String> KNOWN_ARTICLE_VARIANTS =
      List.of("known.html", "known-zero-width.html", "known-bidi.html", "known-full-width.html");

  @BeforeAll
  static void writeInputs() throws Exception {
    // every naughty string as title and body, as text and as raw (unescaped) HTML
    JsonNode blns = JSON.readTree(HostileInputIT.class.getResourceAsStream("/hostile/blns.json"));
    for (int i = 0; i < blns.size(); i++) {
      String s = blns.get(i).asText();
      Files.writeString(
          in.resolve(String.format("naughty-%03d.txt", i)),
          s
              + "\n\n"
              + s
              + "\n\nOfficials in Nairobi "
              + "said the message \""
              + s
              + "\" was found on a wall near the port on Monday, police in Kenya said.\n");
      Files.writeString(
          in.resolve(String.format("naughty-%03d.html", i)),
          "<html><head><title>"
              + s
              + "</title></head><body><article><h1>"
              + s
              + "</h1><p>"
              + s
              + "</p><p>Officials in Lima said the message "
              + s
              + " was painted on a bridge in Peru overnight, and police opened an inquiry.</p></article></body></html>");
    }
    // malformed UTF-8, one file per section of Markus Kuhn's decoder stress test
    Map<String, int[]> malformed = new LinkedHashMap<>();
    malformed.put("unexpected-continuation", new int[] {0x80, 0xbf});
    malformed.put("lonely-start", new int[] {0xc0, 0x20, 0xe0, 0x20});
    malformed.put("last-byte-missing", new int[] {0xe2, 0x82});
    malformed.put("impossible-bytes", new int[] {0xfe, 0xff});
    malformed.put("overlong-slash", new int[] {0xc0, 0xaf, 0xe0, 0x80, 0xaf});
    malformed.put("overlong-nul", new int[] {0xc0, 0x80});
    malformed.put("five-byte", new int[] {0xf8, 0x88, 0x80, 0x80, 0x80});
    malformed.put("utf16-surrogate", new int[] {0xed, 0xa0, 0x80});
    malformed.put("paired-surrogates", new int[] {0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80});
    malformed.put("beyond-u10ffff", new int[] {0xf4, 0x90, 0x80, 0x80});
    for (Map.Entry<String, int[]> e : malformed.entrySet()) {
      String name = "utf8-" + e.getKey() + ".txt";
      byte[] head =
          story("Harbour workers strike in Mombasa", "Mombasa", "Kenya")
              .getBytes(StandardCharsets.UTF_8);
      byte[] out = java.util.Arrays.copyOf(head, head.length + e.getValue().length + 6);
      for (int k = 0; k < e.getValue().length; k++) {
        out[head.length + k] = (byte) e.getValue()[k];
      }
      System.arraycopy(
          " end.\n".getBytes(StandardCharsets.US_ASCII),
          0,
          out,
          head.length + e.getValue().length,
          6);
      Files.write(in.resolve(name), out);
      MUST_REJECT.put(name, "invalid-utf8");
    }
    // noncharacters and the largest code points are valid UTF-8: they pass
    Files.writeString(
        in.resolve("utf8-noncharacters.txt"),
        story("Floods close roads in Dhaka", "Dhaka", "Bangladesh")
            + " \uFFFE \uFFFF \uDBFF\uDFFF end.\n");
    MUST_PASS.add("utf8-noncharacters.txt");

    Files.write(in.resolve("empty.txt"), new byte[0]);
    MUST_REJECT.put("empty.txt", "empty-input");
    Files.writeString(in.resolve("page-1mb.txt"), longText(1_000_000, new Random(1)));
    MUST_PASS.add("page-1mb.txt");
    try (OutputStream out = Files.newOutputStream(in.resolve("page-50mb.txt"))) {
      byte[] chunk = longText(1_048_576, new Random(2)).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
    }
    MUST_REJECT.put("page-50mb.txt", "too-large");
    byte[] noise = new byte[200_000];
    new Random(3).nextBytes(noise);
    Files.write(in.resolve("binary-posing.html"), noise);
    MUST_REJECT.put("binary-posing.html", "binary-content");

    StringBuilder deep = new StringBuilder("<html><head><title>Deep</title></head><body>");
    deep.append("<div>".repeat(100_000))
        .append("<p>")
        .append(story("Quake shakes Sumatra", "Padang", "Indonesia"))
        .append("</p>")
        .append("</div>".repeat(100_000))
        .append("</body></html>");
    Files.writeString(in.resolve("deep-nesting.html"), deep.toString());
    MUST_PASS.add("deep-nesting.html");

    StringBuilder sentence = new StringBuilder("Officials in Accra said that ");
    Random r = new Random(4);
    for (int i = 0; i < 20_000; i++) {
      sentence.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
    }
    Files.writeString(
        in.resolve("one-sentence.txt"), "One long sentence\n\n" + sentence.append("in Ghana.\n"));
    MUST_PASS.add("one-sentence.txt");

    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.jsonl.gz")))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        out.write(zeros);
      }
    }
    // 64 MiB of zeros in one line: the per-record cap (ingest.max.bytes) stops it long before the
    // archive cap
    MUST_REJECT.put("bomb.jsonl.gz", "too-large");
    Files.writeString(
        in.resolve("billion-laughs.rss"),
        """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
        <rss version="2.0"><channel><title>&lol4;</title><link>http://x.example</link><description>d</description>
        <item><title>&lol4;</title><link>http://x.example/a</link><description>&lol4;</description></item>
        </channel></rss>
        """);
    MUST_REJECT.put("billion-laughs.rss", "invalid-feed");
    Files.writeString(
        in.resolve("external-entity.rss"),
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&leak;</title><link>http://x.example</link><description>d</description>
        <item><title>&leak;</title><link>http://x.example/b</link><description>&leak;</description></item>
        </channel></rss>
        """);
    MUST_REJECT.put("external-entity.rss", "invalid-feed");

    // one known article and its zero-width, bidi and full-width variants: one story, so one
    // canonical
    String known =
        """
        Ferry capsizes on Lake Victoria

        MWANZA - A passenger ferry capsized on Lake Victoria near Mwanza on Thursday afternoon, Tanzania's marine \
        authority said, and divers recovered 12 bodies before dark while 53 survivors were pulled from the water.

        The vessel, the MV Nyamagana, was crossing from Ukerewe island with traders heading for the Saturday market. \
        Survivors said it listed sharply when a storm arrived and sank within minutes of the engine stalling.

        President Samia Suluhu Hassan declared three days of mourning and ordered the army to join the search, her \
        office said in a statement. The regional commissioner said the manifest listed 140 passengers.

        A ferry disaster on the same lake killed more than 200 people in 2018, when the MV Nyerere overturned close \
        to the shore, and safety campaigners have long warned about overloaded boats on the route.""";
    Files.writeString(in.resolve("known.html"), page("Ferry capsizes on Lake Victoria", known));
    Files.writeString(
        in.resolve("known-zero-width.html"),
        page(
            "Ferry capsizes on Lake Victoria",
            known.replace(" ", " \u200b").replace("e", "e\u200d")));
    Files.writeString(
        in.resolve("known-bidi.html"),
        page(
            "Ferry capsizes on Lake Victoria",
            "\u202b" + known.replace(". ", ". \u200f\u2067").replace(", ", ",\u2069 ") + "\u202c"));
    Files.writeString(
        in.resolve("known-full-width.html"),
        page(fullWidth("Ferry capsizes on Lake Victoria"), fullWidth(known)));
    MUST_PASS.addAll(KNOWN_ARTICLE_VARIANTS);

    // encodings as browsers sniff them: each page must come through in Cyrillic, never as mojibake
    // five different stories (alike, they would be one story and four duplicates, whose text is not
    // published)
    String[] stories = {
      "Наводнение в Казани: вода поднялась на два метра за ночь, сообщили спасатели. Жителей прибрежных улиц "
          + "эвакуировали в школы, движение по мосту закрыто до пятницы.",
      "Пожар на складе в Самаре тушили двенадцать часов. Губернатор области заявил, что пострадавших нет, а "
          + "причины возгорания выяснит комиссия из Москвы.",
      "Забастовка водителей автобусов в Перми продолжается третий день. Профсоюз требует повысить зарплату, "
          + "мэрия предлагает переговоры в понедельник.",
      "Авария на угольной шахте в Кузбассе: под землёй остаются восемь горняков. Министр энергетики вылетел на "
          + "место, спасательная операция идёт круглосуточно.",
      "Сильный снегопад парализовал движение в Омске. Школы закрыты, аэропорт отменил утренние рейсы, "
          + "коммунальные службы вывели на улицы всю технику."
    };
    for (int i = 0; i < CHARSET_PAGES.size(); i++) {
      String name = CHARSET_PAGES.get(i);
      String[] sentences = stories[i].split("\\. ");
      String body =
          "<html><head>"
              + (name.contains("meta") || name.contains("stale") || name.contains("1251")
                  ? "<meta charset=\""
                      + (name.contains("meta-utf16") ? "utf-16" : "windows-1251")
                      + "\">"
                  : "")
              + "<title>Новости</title></head><body><article><h1>"
              + sentences[0]
              + "</h1><p>"
              + stories[i]
              + " Об этом сообщили местные власти во вторник.</p><p>"
              + sentences[sentences.length - 1]
              + ", добавили в администрации, и пообещали сообщить подробности позже.</p><p>Губернатор области "
              + "поручил проверить все обстоятельства: "
              + sentences[0].toLowerCase(java.util.Locale.ROOT)
              + ".</p></article></body></html>";
      byte[] bytes =
          switch (name) {
            case "utf16le-bom.html" ->
                withBom(
                    new byte[] {(byte) 0xFF, (byte) 0xFE},
                    body.getBytes(StandardCharsets.UTF_16LE));
            case "utf16be-bom.html" ->
                withBom(
                    new byte[] {(byte) 0xFE, (byte) 0xFF},
                    body.getBytes(StandardCharsets.UTF_16BE));
            case "cp1251.html" -> body.getBytes(java.nio.charset.Charset.forName("windows-1251"));
            default ->
                body.getBytes(
                    StandardCharsets.UTF_8); // meta-utf16 and stale-1251: the bytes are UTF-8
          };
      Files.write(in.resolve(name), bytes);
    }
    MUST_PASS.addAll(CHARSET_PAGES);
  }

  static final List<String> CHARSET_PAGES =
      List.of(
          "meta-utf16.html",
          "utf16le-bom.html",
          "utf16be-bom.html",
          "cp1251.html",
          "stale-1251.html");

  static byte[] withBom(byte[] bom, byte[] body) {
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  @Test
  @Timeout(900)
  void everyHostileInputIsAccountedForAndATurkishLocaleChangesNothing(
      @TempDir Path out, @TempDir Path outTr) throws Exception {
    // the demo's stages run in this JVM: a registry here sees their meters
    io.micrometer.core.instrument.Metrics.addRegistry(
        new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    // the ITs share one JVM: what earlier tests left on the heap (garbage included) is not this
    // suite's peak
    System.gc();
    java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
        .forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    // undated pages take their file's time as event time: in file order, so that the order the
    // decision sorts by is the order pages arrive in, and the two runs cannot differ by timing (a
    // copy that sorts first but reaches the decision after the ordering grace would not be the
    // canonical in one run and be it in the other)
    try (var files = Files.walk(in)) {
      List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
      for (int i = 0; i < sorted.size(); i++) {
        Files.setLastModifiedTime(
            sorted.get(i),
            java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L + i * 1000L));
      }
    }
    Outputs plain = demo(out);
    plain.checkAccounting();
    // bounded per record: the slowest raw record (50 MB and gzip bombs never get this far) and the
    // heap's peak
    io.micrometer.core.instrument.Timer perRecord =
        io.micrometer.core.instrument.Metrics.globalRegistry.find("newsflow.enrich.record").timer();
    assertThat(perRecord).isNotNull();
    double slowest = perRecord.max(java.util.concurrent.TimeUnit.SECONDS);
    long peakHeap =
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    System.out.printf(
        "hostile suite: %d raw records enriched, slowest %.2f s, peak heap %d MiB%n",
        perRecord.count(), slowest, peakHeap >> 20);
    assertThat(perRecord.count()).isGreaterThan(900);
    assertThat(slowest).as("seconds for the slowest record").isLessThan(10);
    assertThat(peakHeap).as("peak heap bytes").isLessThan(1024L << 20);
    assertThat(plain.comparable())
        .hasSizeGreaterThan(2 * 400); // two pages per naughty string, and the rest

    Locale before = Locale.getDefault();
    Outputs turkish;
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      turkish = demo(outTr);
    } finally {
      Locale.setDefault(before);
    }
    turkish.checkAccounting();
    assertThat(turkish.comparable()).isEqualTo(plain.comparable());
  }

  static Outputs demo(Path out) throws Exception {
    // one partition: the inputs reach the dedup decision in file order, so two runs can be compared
    // record by record
    MainTest.Run run =
        MainTest.run(
            "demo",
            "--input",
            in.toString(),
            "--out",
            out.toString(),
            "--rules",
            Path.of("../config/rules.yaml").toString(),
            "-D",
            "topic.partitions=1");
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    return new Outputs(
        run.out(),
        DemoIT.lines(out.resolve("news.raw.jsonl")),
        DemoIT.lines(out.resolve("news.enriched.jsonl")),
        DemoIT.lines(out.resolve("news.duplicates.jsonl")),
        DemoIT.lines(out.resolve("news.dlq.jsonl")));
  }

  record Outputs(
      String printed,
      List<JsonNode> raw,
      List<JsonNode> enriched,
      List<JsonNode> duplicates,
      List<JsonNode> dlq) {

    void checkAccounting() throws Exception {
      // the printed counters are the topics' counts
      assertThat(printed)
          .contains(
              "articles out       " + enriched.size(),
              "duplicates removed " + duplicates.size(),
              "dead letters       " + dlq.size());

      // every input file: published raw, or a dead letter at ingest; never both, never neither
      Map<String, String> rejectedAtIngest = new HashMap<>();
      for (JsonNode d : dlq) {
        JsonNode v = d.path("value");
        if (v.path("stage").asText().equals("ingest")) {
          String origin = v.path("origin").asText();
          String file = origin.substring(origin.lastIndexOf('/') + 1).replaceFirst("[#:].*$", "");
          assertThat(v.path("reason").asText()).as(origin).isNotBlank();
          rejectedAtIngest.put(file, v.path("reason").asText());
        }
      }
      Map<String, JsonNode> rawByFile = new HashMap<>();
      for (JsonNode r : raw) {
        String url = r.path("value").path("url").asText();
        rawByFile.put(url.substring(url.lastIndexOf('/') + 1), r);
      }
      List<String> files;
      try (var s = Files.list(in)) {
        files = s.map(p -> p.getFileName().toString()).sorted().toList();
      }
      for (String f : files) {
        assertThat(rawByFile.containsKey(f) ^ rejectedAtIngest.containsKey(f))
            .as("%s must be either published or rejected at ingest", f)
            .isTrue();
      }
      MUST_REJECT.forEach(
          (f, reason) -> assertThat(rejectedAtIngest.get(f)).as(f).isEqualTo(reason));

      // every published record: enriched (one or more parts), a duplicate, or a dead letter of
      // enrich
      Set<String> done = new HashSet<>();
      enriched.forEach(e -> done.add(e.path("value").path("parentId").asText()));
      duplicates.forEach(
          d -> done.add(d.path("value").path("id").asText().replaceFirst("-p\\d+$", "")));
      Map<String, String> enrichDlq = new HashMap<>();
      dlq.stream()
          .map(d -> d.path("value"))
          .filter(v -> v.path("stage").asText().equals("enrich"))
          .forEach(v -> enrichDlq.put(v.path("key").asText(), v.path("reason").asText()));
      for (Map.Entry<String, JsonNode> e : rawByFile.entrySet()) {
        String id = e.getValue().path("value").path("id").asText();
        assertThat(done.contains(id) || enrichDlq.containsKey(id))
            .as("%s (%s) is neither enriched, a duplicate nor a dead letter", e.getKey(), id)
            .isTrue();
        if (MUST_PASS.contains(e.getKey())) {
          assertThat(done)
              .as("%s must come through; dead letter: %s", e.getKey(), enrichDlq.get(id))
              .contains(id);
        }
      }
      MUST_PASS.forEach(
          f ->
              assertThat(rawByFile).as(f + " rejected: " + rejectedAtIngest.get(f)).containsKey(f));

      // the encoding pages: Russian text, in Cyrillic
      for (String f : CHARSET_PAGES) {
        String id = rawByFile.get(f).path("value").path("id").asText();
        JsonNode article =
            enriched.stream()
                .filter(e -> e.path("value").path("parentId").asText().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(f + " was not enriched"))
                .path("value");
        assertThat(article.path("language").asText()).as(f).isEqualTo("ru");
        assertThat(article.path("text").asText())
            .as(f)
            .contains("Губернатор области")
            .doesNotContain("\uFFFD");
      }

      // the known article and its invisible-character and full-width variants are one story
      Set<String> variantIds = new HashSet<>();
      KNOWN_ARTICLE_VARIANTS.forEach(
          f -> variantIds.add(rawByFile.get(f).path("value").path("id").asText()));
      List<String> canonicals =
          enriched.stream()
              .map(n -> n.path("value").path("parentId").asText())
              .filter(variantIds::contains)
              .toList();
      assertThat(canonicals).as("one canonical among the variants").hasSize(1);
      List<JsonNode> variantDups =
          duplicates.stream()
              .filter(d -> variantIds.contains(d.path("value").path("id").asText()))
              .toList();
      assertThat(variantDups)
          .hasSize(KNOWN_ARTICLE_VARIANTS.size() - 1)
          .allSatisfy(
              d ->
                  assertThat(d.path("value").path("canonicalId").asText())
                      .isEqualTo(canonicals.get(0)));
    }

    /**
     * What must not depend on the default locale: every decision and every extracted field, not the
     * clock.
     */
    Map<String, Object> comparable() {
      Map<String, Object> m = new TreeMap<>();
      for (JsonNode e : enriched) {
        JsonNode v = e.path("value");
        List<String> entities = new ArrayList<>();
        v.path("entities")
            .forEach(
                x ->
                    entities.add(
                        x.path("id").asText()
                            + "/"
                            + x.path("type").asText()
                            + "/"
                            + x.path("mentions").asText()));
        m.put(
            "enriched " + v.path("id").asText(),
            List.of(
                v.path("title").asText(),
                v.path("text").asText(),
                v.path("language").asText(),
                entities,
                v.path("countries").toString(),
                v.path("categories").toString()));
      }
      duplicates.forEach(
          d ->
              m.put(
                  "duplicate " + d.path("value").path("id").asText(),
                  d.path("value").path("canonicalId").asText()));
      dlq.forEach(
          d ->
              m.put(
                  "dead letter "
                      + d.path("value").path("stage").asText()
                      + " "
                      + d.path("value").path("origin").asText()
                      + d.path("value").path("key").asText(),
                  d.path("value").path("reason").asText()));
      return m;
    }
  }

  static final String[] WORDS =
      ("the minister said police and residents would meet again after the floods in the "
              + "district while officials reported that roads bridges and schools remained closed for several days")
          .split(" ");

  static String story(String title, String city, String country) {
    return title
        + "\n\n"
        + city.toUpperCase(Locale.ROOT)
        + " - Rescue teams in "
        + city
        + " searched through the night"
        + " after the disaster, officials in "
        + country
        + " said on Tuesday, as relatives gathered at the scene. "
        + "The regional governor said at least 40 people had been taken to hospital and that the search would go on "
        + "until every passenger was found, whatever the weather. "
        + "Witnesses told local radio that the vessel had been carrying far more people than allowed, and that the "
        + "crew had ignored warnings about the wind before leaving the harbour in the early morning. "
        + "The transport ministry in "
        + country
        + " ordered an inquiry and suspended the operator's licence, "
        + "a spokesman said, adding that the findings would be made public within two weeks.";
  }

  static String page(String title, String body) {
    StringBuilder sb =
        new StringBuilder(
            "<html><head><title>"
                + title
                + "</title></head><body><nav>Home | World"
                + "</nav><article><h1>"
                + title
                + "</h1>");
    for (String p : body.split("\n\n")) {
      sb.append("<p>").append(p).append("</p>");
    }
    return sb.append("</article><footer>Copyright 2025</footer></body></html>").toString();
  }

  static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c == ' ' ? '\u3000' : c);
    }
    return sb.toString();
  }

  static String longText(int bytes, Random r) {
    StringBuilder sb = new StringBuilder(bytes + 200);
    while (sb.length() < bytes) {
      int n = 15 + r.nextInt(40);
      for (int i = 0; i < n; i++) {
        String w = WORDS[r.nextInt(WORDS.length)];
        sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w)
            .append(i == n - 1 ? ".\n\n" : " ");
      }
    }
    return sb.toString();
  }
}
