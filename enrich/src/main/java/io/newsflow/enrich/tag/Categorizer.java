package io.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event categories from cue words. A category needs several distinct cues, so one passing word does not make an
 * article about it.
 */
public final class Categorizer {
  private static final Map<String, String[]> CUES = new LinkedHashMap<>();

  static {
    CUES.put("armed-attack", new String[] {"attack", "attacks", "attacked", "strike", "strikes", "airstrike", "airstrikes",
        "missile", "missiles", "drone", "drones", "bombing", "bomb", "shelling", "shot dead", "gunmen", "killed",
        "rocket", "rockets", "hijacked", "ambush", "opened fire", "explosion", "stormed"});
    CUES.put("terrorism", new String[] {"terrorist", "terrorists", "terrorism", "militant", "militants", "insurgent",
        "insurgents", "suicide bomber", "suicide bombers", "suicide bombing", "hostage", "hostages", "extremist",
        "jihadist", "separatist", "islamic state", "isis", "al-qaeda"});
    CUES.put("military", new String[] {"army", "military", "troops", "defence", "defense", "soldiers", "armed forces",
        "drills", "warship", "commander", "navy", "air force", "general", "gen"});
    CUES.put("diplomacy", new String[] {"talks", "treaty", "agreement", "summit", "bilateral", "ambassador",
        "foreign minister", "diplomat", "diplomatic", "visit", "negotiations", "memorandum", "envoy", "partnership",
        "cooperation"});
    CUES.put("politics", new String[] {"election", "elections", "parliament", "president", "prime minister",
        "government", "opposition", "party", "vote", "cabinet", "minister"});
    CUES.put("economy", new String[] {"trade", "economy", "economic", "sanctions", "oil", "gas", "pipeline", "market",
        "inflation", "investment", "barter", "currency", "exports", "imports"});
    CUES.put("nuclear", new String[] {"nuclear", "uranium", "enrichment", "reactor", "reactors", "iaea"});
    CUES.put("disaster", new String[] {"earthquake", "flood", "floods", "cyclone", "hurricane", "wildfire", "landslide",
        "tsunami", "drought"});
    CUES.put("health", new String[] {"outbreak", "epidemic", "pandemic", "virus", "cholera", "vaccine", "hospital",
        "disease"});
  }

  private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

  static {
    CUES.forEach((cat, words) -> PATTERNS.put(cat, Pattern.compile(
        "(?<![\\p{L}\\p{N}])(" + String.join("|", words) + ")(?![\\p{L}\\p{N}])")));
  }

  private Categorizer() {}

  public static List<String> categorize(String title, String text) {
    String t = (title + "\n" + text).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    PATTERNS.forEach((cat, p) -> {
      Matcher m = p.matcher(t);
      java.util.Set<String> distinct = new java.util.HashSet<>();
      int hits = 0;
      while (m.find()) {
        distinct.add(m.group(1));
        hits++;
      }
      if (distinct.size() >= 3 || (distinct.size() >= 2 && hits >= 4)) {
        out.add(cat);
      }
    });
    return out;
  }
}
