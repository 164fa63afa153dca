package org.marsad.readers.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.marsad.readers.InputFile;
import org.marsad.readers.ReadListener;

/**
 * Opens .zip archives and hands each member to an {@link EntrySink}. A zip on disk is read with
 * {@link ZipFile} (random access: an oversized member is skipped without inflating it); a zip inside
 * another is read from memory with {@link ZipInputStream}. Members are bounded by the size limit.
 * Thread-safe: no state beyond the limit.
 */
public final class ZipArchiveReader {

  private final long maxBytes;

  public ZipArchiveReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** A zip file on disk; {@code zip} carries its origin and names (its bytes are not used). */
  public void readFile(Path path, InputFile zip, int depth, ReadListener listener, EntrySink sink) {
    try (ZipFile zf = open(path)) {
      Enumeration<? extends ZipEntry> entries = zf.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (ignored(e)) continue;
        String origin = zip.origin() + "!" + e.getName();
        if (e.getSize() > maxBytes) {
          listener.skipped(origin, ReadListener.FILE_TOO_LARGE, BoundedRead.tooLarge(e.getSize(), maxBytes));
          continue;
        }
        byte[] bytes;
        try (InputStream in = zf.getInputStream(e)) {
          bytes = BoundedRead.readAtMost(in, maxBytes, e.getSize());
        } catch (IOException | RuntimeException ex) {
          listener.skipped(origin, ReadListener.UNREADABLE_FILE, "damaged zip entry: " + ex.getMessage());
          continue;
        }
        if (bytes == null) {
          listener.skipped(origin, ReadListener.FILE_TOO_LARGE, BoundedRead.overLimit(maxBytes));
          continue;
        }
        sink.accept(zip.child(e.getName(), folderOf(e.getName(), zip), bytes), depth + 1);
      }
    } catch (IOException | RuntimeException e) {
      listener.skipped(zip.origin(), ReadListener.UNREADABLE_FILE, "damaged zip archive: " + e.getMessage());
    }
  }

  /**
   * A zip held in memory (a member of another archive). A stream cannot skip a member without
   * inflating it, so after an oversized member the rest of this archive is not read: that is what
   * keeps a nested zip bomb from burning minutes of CPU.
   */
  public void readBytes(InputFile zip, int depth, ReadListener listener, EntrySink sink) {
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(zip.bytes()), StandardCharsets.UTF_8)) {
      boolean any = false;
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        any = true;
        if (ignored(e)) continue;
        String origin = zip.origin() + "!" + e.getName();
        byte[] bytes = e.getSize() > maxBytes ? null : BoundedRead.readAtMost(zin, maxBytes, e.getSize());
        if (bytes == null) {
          listener.skipped(origin, ReadListener.FILE_TOO_LARGE,
              (e.getSize() > maxBytes ? BoundedRead.tooLarge(e.getSize(), maxBytes) : BoundedRead.overLimit(maxBytes))
                  + "; the rest of this nested archive is not read");
          return;
        }
        sink.accept(zip.child(e.getName(), folderOf(e.getName(), zip), bytes), depth + 1);
      }
      if (!any) listener.skipped(zip.origin(), ReadListener.EMPTY_FILE, "zip archive with no entries");
    } catch (IOException | RuntimeException e) {
      listener.skipped(zip.origin(), ReadListener.UNREADABLE_FILE, "damaged zip archive: " + e.getMessage());
    }
  }

  /** Names are UTF-8 in modern zips; old Windows tools wrote the DOS code page, which ZipFile then rejects. */
  private static ZipFile open(Path path) throws IOException {
    try {
      return new ZipFile(path.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException e) {
      return new ZipFile(path.toFile(), Charset.forName("IBM437"));
    }
  }

  /** Folders, macOS resource forks and hidden files are not content. */
  private static boolean ignored(ZipEntry e) {
    if (e.isDirectory()) return true;
    String name = e.getName();
    if (name.startsWith("__MACOSX/")) return true;
    for (String segment : name.split("/")) {
      if (segment.startsWith(".")) return true;
    }
    return false;
  }

  /** The member's own folder inside the archive, else the archive's name without extension. */
  private static String folderOf(String entryName, InputFile zip) {
    int slash = entryName.lastIndexOf('/');
    if (slash > 0) {
      String dir = entryName.substring(0, slash);
      return dir.substring(dir.lastIndexOf('/') + 1);
    }
    String name = zip.name();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
