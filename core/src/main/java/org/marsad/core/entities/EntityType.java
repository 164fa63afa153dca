package org.marsad.core.entities;

/** The kind of a named entity, as the NER tagger labels its mentions. */
public enum EntityType {
  PER,
  LOC,
  ORG,
  MISC
}
