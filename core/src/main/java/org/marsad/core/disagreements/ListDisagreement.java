package org.marsad.core.disagreements;

import java.util.List;

/**
 * Lists of countries that cannot all be right.
 *
 * @param reason {@code count_vs_named}: one list names fewer or more members than the count it gives
 *     («5 دول غربية هي» and four names); {@code members}: sources list the same group with different members
 * @param unshared for {@code members}, the names some lists give and others lack (as first written)
 */
public record ListDisagreement(String kind, String qualifier, String reason, List<ListClaim> claims,
    List<String> unshared) {}
