package org.marsad.eval.reuse;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads and writes PAN text-alignment XML: one {@code <document>} per suspicious document. */
public final class PanXml {

  private static final XMLInputFactory INPUT = XMLInputFactory.newFactory();

  static {
    INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
  }

  private PanXml() {}

  /**
   * The features named {@code featureName} ("plagiarism" for gold, "detected-plagiarism" for detections).
   * The suspicious document is the {@code <document reference>}.
   */
  public static List<PanAnnotation> read(Path file, String featureName) throws IOException {
    List<PanAnnotation> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = INPUT.createXMLStreamReader(in, "UTF-8");
      String suspicious = null;
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
        if (r.getLocalName().equals("document")) suspicious = r.getAttributeValue(null, "reference");
        if (r.getLocalName().equals("feature") && featureName.equals(r.getAttributeValue(null, "name"))) {
          int thisOffset = intAttribute(r, "this_offset", file);
          int sourceOffset = intAttribute(r, "source_offset", file);
          out.add(new PanAnnotation(suspicious, thisOffset, thisOffset + intAttribute(r, "this_length", file),
              r.getAttributeValue(null, "source_reference"), sourceOffset,
              sourceOffset + intAttribute(r, "source_length", file), r.getAttributeValue(null, "obfuscation")));
        }
      }
    } catch (XMLStreamException | IllegalArgumentException e) {
      throw new IOException("not PAN XML: " + e.getMessage(), e);
    }
    return out;
  }

  private static int intAttribute(XMLStreamReader r, String name, Path file) {
    String v = r.getAttributeValue(null, name);
    if (v == null) throw new IllegalArgumentException("no " + name + " in " + file);
    return Integer.parseInt(v.trim());
  }

  /** Writes one suspicious document's detections (possibly none) as {@code detected-plagiarism} features. */
  public static void writeDetections(Path file, String suspicious, List<PanAnnotation> detections)
      throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<document reference=\"" + escape(suspicious) + "\">\n");
      for (PanAnnotation d : detections) {
        w.write("<feature name=\"detected-plagiarism\" this_offset=\"" + d.thisStart() + "\" this_length=\""
            + d.thisLength() + "\" source_reference=\"" + escape(d.source()) + "\" source_offset=\""
            + d.sourceStart() + "\" source_length=\"" + d.sourceLength() + "\"/>\n");
      }
      w.write("</document>\n");
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
