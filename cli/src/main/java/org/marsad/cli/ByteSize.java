package org.marsad.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** Parses sizes such as 64MB, 512k, 2GiB or a plain byte count. */
final class ByteSize implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT).replace("IB", "B");
    long unit = 1;
    if (v.endsWith("KB") || v.endsWith("K")) unit = 1L << 10;
    else if (v.endsWith("MB") || v.endsWith("M")) unit = 1L << 20;
    else if (v.endsWith("GB") || v.endsWith("G")) unit = 1L << 30;
    String digits = v.replaceAll("[KMGB]+$", "");
    try {
      double n = Double.parseDouble(digits);
      if (n <= 0) throw new IllegalArgumentException();
      return (long) (n * unit);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.TypeConversionException("not a size: '" + value + "' (e.g. 64MB, 512KB)");
    }
  }
}
