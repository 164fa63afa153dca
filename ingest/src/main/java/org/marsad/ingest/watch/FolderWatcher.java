package org.marsad.ingest.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Ingester;

/**
 * Watches one folder (and its subfolders) for new or changed files and hands over each one once it is
 * complete: its size and modification time the same at two checks in a row, so a file still being copied
 * in is not read half-written. Changes are noticed through a WatchService and, because some filesystems
 * (network mounts, some containers) never deliver its events, through a full rescan every
 * {@code rescanEvery}. Every file present at start is a candidate too; the store drops what it already has.
 * Single-threaded.
 */
public final class FolderWatcher implements Closeable {

  /** Downloaders and editors write here first and rename when done; the final name is what we read. */
  private static final List<String> PARTIAL_SUFFIXES =
      List.of(".part", ".partial", ".crdownload", ".download", ".tmp", ".swp", "~");

  /** A file's size and modification time: equal at two checks means nobody is writing it. */
  private record Stamp(long size, FileTime modified) {}

  private final Path root;
  private final Path excluded;
  private final Clock clock;
  private final Duration rescanEvery;
  private final WatchService events; // null where the filesystem gives none
  private final Map<WatchKey, Path> watchedDirs = new HashMap<>();
  private final Set<Path> registered = new HashSet<>();
  /** Files seen new or changed, with their stamp at the last check (null before the first). */
  private final Map<Path, Stamp> pending = new LinkedHashMap<>();
  /** The stamp of each file when it was handed over: the same stamp later means nothing changed. */
  private final Map<Path, Stamp> handedOver = new HashMap<>();
  private Instant lastRescan;

  public FolderWatcher(Path root, Duration rescanEvery, Clock clock) throws IOException {
    this(root, rescanEvery, clock, null);
  }

  /** @param excluded a folder under root never to read (the store's own data dir, which changes on every batch), or null */
  public FolderWatcher(Path root, Duration rescanEvery, Clock clock, Path excluded) throws IOException {
    if (!Files.isDirectory(root)) throw new IOException("not a folder: " + root);
    this.root = root;
    this.excluded = excluded == null ? null : excluded.toAbsolutePath().normalize();
    this.clock = clock;
    this.rescanEvery = rescanEvery;
    WatchService ws;
    try {
      ws = root.getFileSystem().newWatchService();
    } catch (IOException | UnsupportedOperationException e) {
      ws = null; // the rescans alone will do
    }
    this.events = ws;
    rescan();
  }

  public String label() {
    return root.toString();
  }

  /** Files seen but not yet complete, in the order first seen. */
  public List<Path> pendingFiles() {
    return List.copyOf(pending.keySet());
  }

  /** One check: the files that became complete since the last one, sorted, each handed over once per change. */
  public List<Path> completeFiles() {
    drainEvents();
    if (!clock.instant().isBefore(lastRescan.plus(rescanEvery))) rescan();
    List<Path> complete = new ArrayList<>();
    for (Map.Entry<Path, Stamp> e : new ArrayList<>(pending.entrySet())) {
      Path file = e.getKey();
      Stamp now = stamp(file);
      if (now == null || now.equals(handedOver.get(file))) {
        pending.remove(file); // gone, or touched without a change since we read it
      } else if (now.equals(e.getValue())) {
        pending.remove(file);
        handedOver.put(file, now);
        complete.add(file);
      } else {
        pending.put(file, now);
      }
    }
    complete.sort(null);
    return complete;
  }

  /** Checks once and ingests the files that are complete. */
  public SourcePass pass(Ingester ingester) throws IOException {
    List<Path> files = completeFiles();
    if (files.isEmpty()) return new SourcePass(label(), null, null);
    IngestReport report = ingester.ingestFilesUnder(root, files);
    return new SourcePass(label(), report, null);
  }

  private void drainEvents() {
    if (events == null) return;
    WatchKey key;
    while ((key = events.poll()) != null) {
      Path dir = watchedDirs.get(key);
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == OVERFLOW || dir == null) {
          lastRescan = Instant.MIN; // events were lost: rescan now
          continue;
        }
        Path child = dir.resolve((Path) event.context());
        if (isHidden(child)) continue;
        if (Files.isDirectory(child)) walk(child);
        else if (isCandidateName(child)) pending.putIfAbsent(child, null);
      }
      if (!key.reset()) {
        watchedDirs.remove(key);
        registered.remove(dir);
      }
    }
  }

  private void rescan() {
    lastRescan = clock.instant();
    walk(root);
  }

  /** Registers every folder under dir and makes each new or changed file a candidate. */
  private void walk(Path dir) {
    if (dir.toAbsolutePath().normalize().equals(excluded)) return;
    register(dir);
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) children.add(p);
    } catch (IOException e) {
      return; // removed meanwhile, or unreadable: the next rescan tries again
    }
    children.sort(null);
    for (Path p : children) {
      if (isHidden(p)) continue;
      if (Files.isDirectory(p)) {
        walk(p);
      } else if (isCandidateName(p)) {
        Stamp s = stamp(p);
        if (s != null && !s.equals(handedOver.get(p))) pending.putIfAbsent(p, null);
      }
    }
  }

  private void register(Path dir) {
    if (events == null || registered.contains(dir)) return;
    try {
      watchedDirs.put(dir.register(events, ENTRY_CREATE, ENTRY_MODIFY), dir);
      registered.add(dir);
    } catch (IOException | UnsupportedOperationException e) {
      // Too many watches, or a filesystem without them: the rescans cover this folder.
    }
  }

  private static boolean isHidden(Path p) {
    return p.getFileName().toString().startsWith(".");
  }

  private static boolean isCandidateName(Path p) {
    if (isHidden(p)) return false;
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String suffix : PARTIAL_SUFFIXES) {
      if (name.endsWith(suffix)) return false;
    }
    return true;
  }

  private static Stamp stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.isRegularFile() ? new Stamp(a.size(), a.lastModifiedTime()) : null;
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    if (events != null) events.close();
  }
}
