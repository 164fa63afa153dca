package org.marsad.core.figures;

/**
 * What a number counts.
 *
 * @param kind one of {@link CountedKinds#KINDS}
 * @param group who was counted («civilians», «children», «troops»), or null
 * @param nounEnd index after the counted noun when it belongs to the figure phrase, else the number's end
 */
record Counted(String kind, String group, int nounEnd) {}
