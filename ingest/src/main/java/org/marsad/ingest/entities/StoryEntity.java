package org.marsad.ingest.entities;

import java.util.List;
import org.marsad.core.entities.EntityType;

/**
 * An entity as one story shows it: the corpus-wide id, canonical name and type, with the spellings, mention
 * count and articles of this story only.
 */
public record StoryEntity(String id, String name, EntityType type, List<String> aliases, int mentions,
    List<String> articles) {}
