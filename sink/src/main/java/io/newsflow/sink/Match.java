package io.newsflow.sink;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What satisfied a rule's leaves, in the order found. */
public final class Match {
  final Set<String> entities = new LinkedHashSet<>();
  final Set<String> countries = new LinkedHashSet<>();
  final Set<String> categories = new LinkedHashSet<>();
  final Set<String> keywords = new LinkedHashSet<>();

  public List<String> entities() {
    return new ArrayList<>(entities);
  }

  public List<String> countries() {
    return new ArrayList<>(countries);
  }

  public List<String> categories() {
    return new ArrayList<>(categories);
  }

  public List<String> keywords() {
    return new ArrayList<>(keywords);
  }
}
