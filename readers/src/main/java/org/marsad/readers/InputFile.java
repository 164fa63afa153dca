package org.marsad.readers;

import java.util.Locale;

/**
 * One file's bytes as a format reader sees them: a file on disk, an archive entry or a WARC payload,
 * already bounded by {@link ReaderOptions#maxFileBytes()}.
 *
 * @param origin where it came from, for messages and {@code RawArticle.origin}: "dir/a.zip!x/b.json"
 * @param relativePath the path relative to what the user typed, forward slashes, "!" into archives; the
 *     source id of a plain file
 * @param folder the name of the folder (or archive) holding it: the outlet when nothing better is known
 * @param name the file or entry name, used for its extension (".gz" already removed after decompression)
 * @param bytes the content; never modified
 */
public record InputFile(String origin, String relativePath, String folder, String name, byte[] bytes) {

  /** The lower-case extension without the dot, or "" when there is none. */
  public String extension() {
    int dot = name.lastIndexOf('.');
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /** An entry inside this one (archive member, WARC record). */
  public InputFile child(String entryName, String entryFolder, byte[] entryBytes) {
    String leaf = entryName.substring(entryName.lastIndexOf('/') + 1);
    return new InputFile(origin + "!" + entryName, relativePath + "!" + entryName, entryFolder, leaf, entryBytes);
  }
}
