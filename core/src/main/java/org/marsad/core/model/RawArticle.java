package org.marsad.core.model;

/**
 * One article as a reader found it, before analysis. Every field but {@code text} and {@code origin}
 * may be null when the input did not say.
 *
 * @param sourceId the record's own id (DOCNO, JSON id, URL) or, for a plain file, its path relative to
 *     the path the user gave
 * @param outlet the record's outlet field, else the URL host, else the parent folder
 * @param published ISO-8601 date or date-time taken from the record's metadata; never a file time
 * @param text the article text as decoded from the input; offsets of every later span point into it
 * @param titleInText true when the reader knows {@code text} starts with the title line; plain-text readers
 *     leave it false and the analyzer decides whether the first line is a headline
 * @param origin where it came from, for messages: a file path, with "!entry" inside an archive
 * @param format the reader that produced it: text, html, json, jsonl, trec, rss, warc
 */
public record RawArticle(
    String sourceId,
    String outlet,
    String url,
    String title,
    String published,
    String text,
    boolean titleInText,
    String origin,
    String format) {}
