package org.marsad.core.disagreements;

/** One article's list (a count and the names it gives) as a claim to compare, cited by offsets. */
public record ListClaim(String article, String outlet, NamedList list, String text) {}
