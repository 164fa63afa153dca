package org.marsad.readers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Files that document a collection rather than belong to it: README, LICENSE, NOTICE, CHANGELOG, SOURCE
 * notes. Corpora ship them beside the articles (ANT and SaudiNewsNet both do); read as articles they would
 * pollute search and stories. Only skipped when met inside a folder: a file the user names is read.
 */
final class DocumentationFiles {
  private DocumentationFiles() {}

  private static final Pattern NAMES = Pattern.compile(
      "(readme|licen[cs]e|copying|notice|changelog|changes|authors|contributing|sources?)"
          + "([._-][a-z0-9]+)?(\\.[a-z0-9]+)?"); // one qualifier at most: README_upstream.md, LICENSE.txt

  static boolean isDocumentation(String fileName) {
    return NAMES.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
  }
}
