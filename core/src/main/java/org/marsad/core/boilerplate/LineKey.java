package org.marsad.core.boilerplate;

import org.marsad.core.model.Span;

/**
 * A paragraph's identity for counting repeats across an outlet's articles.
 *
 * @param key 16 hex digits: a 64-bit hash of the paragraph's normalized tokens
 * @param span the PARAGRAPH span it was computed from
 */
public record LineKey(String key, Span span) {}
