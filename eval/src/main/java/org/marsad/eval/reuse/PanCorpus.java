package org.marsad.eval.reuse;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.marsad.core.reuse.ReuseText;

/**
 * A PAN text-alignment corpus folder: {@code suspicious-documents/*.txt}, {@code source-documents/*.txt} and,
 * when there is gold, {@code plagiarism-annotation/*.xml}. A file that cannot be read is reported on one
 * line and left out; the run goes on.
 */
final class PanCorpus {

  static final String SUSPICIOUS = "suspicious-documents";
  static final String SOURCES = "source-documents";
  static final String ANNOTATIONS = "plagiarism-annotation";

  /** One document, read and prepared once for every system. */
  record Doc(String name, String text, ReuseText prepared) {}

  final List<Doc> suspicious;
  final List<Doc> sources;
  /** Gold cases; empty when the corpus has no annotation. */
  final List<PanAnnotation> cases;
  /** Whether there is any annotation file to score against. */
  final boolean annotated;
  final List<String> skipped = new ArrayList<>();

  private final PrintStream errors;

  PanCorpus(Path dir, PrintStream errors) throws IOException {
    this.errors = errors;
    if (!Files.isDirectory(dir)) throw new IOException("no such folder: " + dir);
    suspicious = readDocs(dir.resolve(SUSPICIOUS));
    sources = readDocs(dir.resolve(SOURCES));
    List<Path> xml = list(dir.resolve(ANNOTATIONS), ".xml", false);
    annotated = !xml.isEmpty();
    cases = new ArrayList<>();
    for (Path f : xml) {
      try {
        cases.addAll(PanXml.read(f, "plagiarism"));
      } catch (IOException e) {
        skip(f, e);
      }
    }
  }

  private List<Doc> readDocs(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) throw new IOException("no such folder: " + folder);
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Path f : list(folder, ".txt", true)) {
      try {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
        names.add(f.getFileName().toString());
      } catch (CharacterCodingException e) {
        skip(f, new IOException("not UTF-8 text"));
      } catch (IOException e) {
        skip(f, e);
      }
    }
    // Tokenizing and stemming is the slow part, and ReuseText.of is thread-safe.
    return IntStream.range(0, names.size()).parallel()
        .mapToObj(i -> new Doc(names.get(i), texts.get(i), ReuseText.of(texts.get(i)))).toList();
  }

  private void skip(Path file, IOException e) {
    String line = "skipping " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    skipped.add(line);
    errors.println(line);
  }

  /** The folder's files with this suffix, sorted by name; none when the folder is missing and not required. */
  private static List<Path> list(Path folder, String suffix, boolean required) throws IOException {
    if (!Files.isDirectory(folder)) {
      if (required) throw new IOException("no such folder: " + folder);
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
