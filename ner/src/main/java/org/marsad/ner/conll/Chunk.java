package org.marsad.ner.conll;

/** A typed entity over tokens [start, end) of a sentence; type is PER, LOC, ORG or MISC. */
public record Chunk(int start, int end, String type) {}
