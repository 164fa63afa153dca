package org.marsad.core.entities;

import java.util.List;

/**
 * One real-world name as the corpus knows it so far.
 *
 * @param id stable id, "n000001" onwards, in order of first appearance
 * @param name the most representative full form, without role titles (e.g. «جون كيري»)
 * @param aliases every distinct surface form (whitespace runs read as one space), most frequent first
 * @param mentions how many mentions resolved to it
 * @param articles ids of the articles that mention it, in the order they were added
 */
public record Entity(
    String id, String name, EntityType type, List<String> aliases, int mentions, List<String> articles) {}
