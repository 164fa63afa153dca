package org.marsad.core.quotes;

/**
 * Where what was said begins after a speech verb: the subject lies in tokens before {@code subjectEnd},
 * the said text from char offset {@code clauseStart}, whose first token is {@code clauseToken}.
 */
record Cue(int subjectEnd, int clauseStart, int clauseToken) {}
