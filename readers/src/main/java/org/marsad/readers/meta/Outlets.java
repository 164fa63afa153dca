package org.marsad.readers.meta;

import java.util.Locale;

/** Outlet names derived from URLs, normalized so one outlet always gets one name. */
public final class Outlets {

  private Outlets() {}

  /**
   * The URL's host, lower-cased, without "www." and port: "https://WWW.BBC.co.uk:443/arabic" -> "bbc.co.uk".
   * Hand-parsed rather than via java.net.URI because news URLs often hold raw Arabic or spaces, which
   * URI rejects, while the host part is always plain.
   */
  public static String hostOf(String url) {
    if (url == null) return null;
    String u = url.strip();
    int scheme = u.indexOf("://");
    if (scheme < 0) {
      if (!u.startsWith("//")) return null;
      scheme = 0;
      u = u.substring(2);
    } else {
      u = u.substring(scheme + 3);
    }
    int end = u.length();
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String host = u.substring(0, end);
    int at = host.lastIndexOf('@');
    if (at >= 0) host = host.substring(at + 1);
    int colon = host.lastIndexOf(':');
    if (colon >= 0 && !host.endsWith("]")) host = host.substring(0, colon);
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) host = host.substring(4);
    if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
    return host.isEmpty() ? null : host;
  }

  /** The first non-blank of the given outlet candidates, stripped; null when all are blank. */
  public static String firstOf(String... candidates) {
    for (String c : candidates) {
      String s = Whitespace.stripToNull(c);
      if (s != null) return s;
    }
    return null;
  }
}
