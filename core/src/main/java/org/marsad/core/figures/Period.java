package org.marsad.core.figures;

/** A literal time phrase of a sentence, «منذ 22 نيسان/ابريل» or «السبت», with its offsets. */
record Period(String text, int start, int end) {}
