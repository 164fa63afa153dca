package org.marsad.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.readers.archive.BoundedRead;
import org.marsad.readers.archive.Gunzip;
import org.marsad.readers.meta.Outlets;
import org.marsad.readers.sniff.BinarySignatures;

/**
 * The readers' entry point: turns one path the user typed (a file or a directory) into RawArticle
 * records, or one skip line per input that yields none. Directories are walked recursively in sorted
 * order (so runs are deterministic), hidden files and folders skipped. read() never throws for bad
 * input: every problem becomes a {@link ReadListener#skipped} call and the run goes on.
 *
 * <p>Size: {@link ReaderOptions#maxFileBytes()} bounds what is held in memory at once: a plain file, an
 * archive member, a decompressed .gz, a WARC payload. Zip and WARC files on disk are streamed, so their
 * own size is not limited, only their members'.
 *
 * <p>Thread-safe: one instance may read several paths concurrently; the listener is called on the
 * calling thread, in file order.
 */
public final class SourceReader {

  private static final int HEAD_BYTES = 8192;

  private final ReaderOptions options;
  private final FormatRouter router;

  /** @throws IllegalArgumentException when a JSON field path in the options is malformed */
  public SourceReader(ReaderOptions options) {
    this.options = options;
    this.router = new FormatRouter(options);
  }

  public void read(Path userPath, ReadListener listener) {
    if (!Files.exists(userPath)) {
      listener.skipped(userPath.toString(), ReadListener.UNREADABLE_FILE, "no such file or directory");
      return;
    }
    boolean folder = Files.isDirectory(userPath);
    for (FoundFile f : filesUnder(userPath, listener)) {
      if (folder && DocumentationFiles.isDocumentation(f.path().getFileName().toString())) {
        listener.skipped(f.path().toString(), ReadListener.NOT_AN_ARTICLE,
            "documentation of the collection (README, LICENSE, SOURCE...)");
      } else {
        readFile(userPath, f.path(), f.size(), listener);
      }
      listener.fileDone(f.path().toString(), f.size());
    }
  }

  /**
   * Reads one file found under a folder the user gave, as {@link #read} of that folder would: its source id
   * is its path relative to {@code root}, and a README or LICENSE is skipped as documentation. For callers
   * that pick the files themselves (a folder watcher).
   */
  public void readFileUnder(Path root, Path file, ReadListener listener) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      listener.skipped(file.toString(), ReadListener.UNREADABLE_FILE, "cannot stat: " + e.getMessage());
      return;
    }
    if (!file.equals(root) && DocumentationFiles.isDocumentation(file.getFileName().toString())) {
      listener.skipped(file.toString(), ReadListener.NOT_AN_ARTICLE,
          "documentation of the collection (README, LICENSE, SOURCE...)");
    } else {
      readFile(root, file, size, listener);
    }
    listener.fileDone(file.toString(), size);
  }

  /**
   * Reads a feed fetched from {@code url}: the body must be RSS or Atom (an HTML error page served with
   * status 200 is skipped, not stored as an article). Items without a guid or link get "URL#n" as source id;
   * the URL's host is the outlet when the items' links name none.
   */
  public void readFeed(String url, byte[] body, ReadListener listener) {
    String name = url.replaceFirst("[?#].*$", "");
    name = name.substring(name.lastIndexOf('/') + 1);
    InputFile in = new InputFile(url, url, Outlets.hostOf(url), name.isEmpty() ? "feed" : name, body);
    router.routeFeed(in, listener);
    listener.fileDone(url, body.length);
  }

  /** The total size of the files {@link #read} would visit, for progress and ETA. */
  public static long totalBytes(Path userPath) {
    long total = 0;
    for (FoundFile f : filesUnder(userPath, null)) total += f.size();
    return total;
  }

  private void readFile(Path userPath, Path file, long size, ReadListener listener) {
    String origin = file.toString();
    String relative = relativePath(userPath, file);
    Path parent = file.toAbsolutePath().normalize().getParent();
    String folder = parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
    String name = file.getFileName().toString();
    try {
      // Most files are small: one read, then everything is sniffed from memory.
      byte[] head = size <= options.maxFileBytes() ? Files.readAllBytes(file) : readHead(file);
      InputFile in = new InputFile(origin, relative, folder, name, head);
      if (BinarySignatures.isZip(head) && OfficeFormats.nameFor(in.extension()) == null) {
        // Random access even when small: an oversized member is then skipped without inflating it.
        router.zip().readFile(file, in, 0, listener, (entry, depth) -> router.route(entry, depth, listener));
        return;
      }
      if (size <= options.maxFileBytes()) {
        router.route(in, 0, listener);
        return;
      }
      if (BinarySignatures.isWarc(head) || (BinarySignatures.isGzip(head) && gzipHoldsWarc(file))) {
        try (InputStream stream = Files.newInputStream(file)) {
          router.warc().read(stream, in, listener);
        }
        return;
      }
      if (BinarySignatures.isGzip(head)) {
        // Inflated straight from disk, bounded: a big .gz may still hold a file under the limit.
        byte[] inner;
        try (InputStream stream = Files.newInputStream(file)) {
          inner = Gunzip.readAtMost(stream, options.maxFileBytes());
        }
        if (inner == null) {
          listener.skipped(origin, ReadListener.FILE_TOO_LARGE, BoundedRead.overLimit(options.maxFileBytes()));
        } else {
          router.route(new InputFile(origin, relative, folder, Gunzip.innerName(name), inner), 1, listener);
        }
        return;
      }
      listener.skipped(origin, ReadListener.FILE_TOO_LARGE, BoundedRead.tooLarge(size, options.maxFileBytes()));
    } catch (IOException | RuntimeException e) {
      listener.skipped(origin, ReadListener.UNREADABLE_FILE, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static boolean gzipHoldsWarc(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return BinarySignatures.isWarc(Gunzip.head(in, 8));
    } catch (IOException e) {
      return false; // a damaged gzip: the router reports it
    }
  }

  private static byte[] readHead(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    }
  }

  /** Forward slashes, relative to what the user typed; the file name when the user typed the file. */
  private static String relativePath(Path userPath, Path file) {
    Path rel = file.equals(userPath) ? file.getFileName() : userPath.relativize(file);
    return rel.toString().replace('\\', '/');
  }

  /** A file to read and its size, from one stat call. */
  private record FoundFile(Path path, long size) {}

  /** Regular files under a path, sorted by name at every level; hidden entries and symlink loops skipped. */
  private static List<FoundFile> filesUnder(Path userPath, ReadListener listener) {
    List<FoundFile> out = new ArrayList<>();
    if (Files.isDirectory(userPath)) {
      walk(userPath, out, new HashSet<>(), listener);
    } else {
      try {
        out.add(new FoundFile(userPath, Files.size(userPath)));
      } catch (IOException e) {
        out.add(new FoundFile(userPath, 0)); // readFile reports why it cannot be read
      }
    }
    return out;
  }

  private static void walk(Path dir, List<FoundFile> out, Set<Path> seen, ReadListener listener) {
    try {
      if (!seen.add(dir.toRealPath())) return; // a symlink back up the tree
    } catch (IOException e) {
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        if (!p.getFileName().toString().startsWith(".")) children.add(p);
      }
    } catch (IOException e) {
      if (listener != null) listener.skipped(dir.toString(), ReadListener.UNREADABLE_FILE, "cannot list folder: " + e.getMessage());
      return;
    }
    children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path p : children) {
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(p, BasicFileAttributes.class);
      } catch (IOException e) {
        if (listener != null) listener.skipped(p.toString(), ReadListener.UNREADABLE_FILE, "cannot stat: " + e.getMessage());
        continue; // a dangling symlink or a file removed meanwhile
      }
      if (attrs.isDirectory()) walk(p, out, seen, listener);
      else if (attrs.isRegularFile()) out.add(new FoundFile(p, attrs.size()));
    }
  }
}
