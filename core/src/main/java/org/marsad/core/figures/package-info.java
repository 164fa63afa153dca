/**
 * Figures: the counted quantities of an article («أكثر من ألفي مدني», «عشر دول», «85 في المئة»), each with
 * its value, hedge, what it counts (killed, injured, fled, arrested, missing, troops, civilians, children,
 * countries, other), who was counted, the nearest place entity and time phrase of its sentence, and offsets
 * into the original text. Dates, times, durations, years, list numbers, codes and ids are not figures.
 *
 * <p>{@link org.marsad.core.figures.FigureExtractor} is the entry point and
 * {@link org.marsad.core.figures.NumberWords} the number reader. No I/O; everything is stateless.
 */
package org.marsad.core.figures;
