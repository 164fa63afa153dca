package org.marsad.eval.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event gold file: a TSV with a header line and the columns docno, event_id, event_label, storyline
 * (ant_events_dev/gold.tsv). Immutable, so thread-safe once read.
 */
public final class GoldEvents {

  private final Map<String, String> eventOf;
  private final Map<String, String> storylineOf;
  private final Map<String, String> labelOf;

  private GoldEvents(Map<String, String> eventOf, Map<String, String> storylineOf, Map<String, String> labelOf) {
    this.eventOf = Collections.unmodifiableMap(eventOf);
    this.storylineOf = Collections.unmodifiableMap(storylineOf);
    this.labelOf = Collections.unmodifiableMap(labelOf);
  }

  /**
   * Reads the file: columns found by their header names, so their order may change; a BOM, blank lines and
   * trailing whitespace are ignored.
   *
   * @throws IOException when unreadable
   * @throws IllegalArgumentException when a column is missing, a row is short, or a docno repeats
   */
  public static GoldEvents read(Path goldTsv) throws IOException {
    List<String> lines = Files.readAllLines(goldTsv, StandardCharsets.UTF_8);
    if (lines.isEmpty()) throw new IllegalArgumentException("empty gold file: " + goldTsv);
    String[] header = strip(lines.get(0)).split("\t");
    int docno = column(header, "docno", goldTsv);
    int event = column(header, "event_id", goldTsv);
    int storyline = column(header, "storyline", goldTsv);
    int label = indexOf(header, "event_label");
    Map<String, String> events = new LinkedHashMap<>();
    Map<String, String> storylines = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = strip(lines.get(i));
      if (line.isBlank()) continue;
      String[] f = line.split("\t", -1);
      int need = Math.max(docno, Math.max(event, storyline));
      if (f.length <= need) throw new IllegalArgumentException(goldTsv + ":" + (i + 1) + ": too few columns");
      String id = f[docno].strip();
      if (events.put(id, f[event].strip()) != null) {
        throw new IllegalArgumentException(goldTsv + ":" + (i + 1) + ": docno " + id + " repeats");
      }
      storylines.put(id, f[storyline].strip());
      if (label >= 0 && label < f.length) labels.put(id, f[label].strip());
    }
    return new GoldEvents(events, storylines, labels);
  }

  /** docno to event id, in file order. */
  public Map<String, String> eventOf() {
    return eventOf;
  }

  /** docno to storyline, in file order: the second clustering level. */
  public Map<String, String> storylineOf() {
    return storylineOf;
  }

  /** docno to the event's human label (empty when the file has no event_label column). */
  public Map<String, String> labelOf() {
    return labelOf;
  }

  public int size() {
    return eventOf.size();
  }

  public int eventCount() {
    return (int) eventOf.values().stream().distinct().count();
  }

  private static String strip(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static int column(String[] header, String name, Path file) {
    int i = indexOf(header, name);
    if (i < 0) throw new IllegalArgumentException(file + ": no '" + name + "' column in the header");
    return i;
  }

  private static int indexOf(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].strip().equalsIgnoreCase(name)) return i;
    }
    return -1;
  }
}
