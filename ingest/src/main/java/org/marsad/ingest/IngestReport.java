package org.marsad.ingest;

import java.util.List;
import java.util.Map;

/**
 * What an ingest run did. Every article read is either stored or a duplicate; every skip has a reason.
 *
 * @param read articles the readers produced
 * @param stored articles written to the store (near-duplicates included: they are stored and linked)
 * @param duplicates articles already stored (same outlet and source id, or same content), not stored again
 * @param nearDuplicates stored articles linked to an earlier one with duplicate_of
 * @param skipped files or records that could not be read
 * @param skippedByReason skip counts per reason, in first-seen order
 * @param skips every skip, in the order met
 * @param boilerplateMarked articles that gained repeated-line boilerplate spans in this run
 * @param bytesRead input bytes read (archives count compressed)
 * @param textBytes UTF-8 bytes of article text read
 * @param seconds wall time of the whole run
 * @param boilerplateSeconds of which the repeated-line boilerplate pass at the end
 * @param storedIds ids of the articles stored by this run, in order
 */
public record IngestReport(
    long read,
    long stored,
    long duplicates,
    long nearDuplicates,
    long skipped,
    Map<String, Long> skippedByReason,
    List<Skip> skips,
    long boilerplateMarked,
    long bytesRead,
    long textBytes,
    double seconds,
    double boilerplateSeconds,
    List<String> storedIds) {}
