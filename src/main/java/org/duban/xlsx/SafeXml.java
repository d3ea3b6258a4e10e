package org.duban.xlsx;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that cannot be turned against us: no DTDs, hence no entity expansion (billion
 * laughs) and no external entities (XXE). A part that declares a DTD is refused outright, since
 * no genuine spreadsheet part carries one.
 */
public final class SafeXml {
  private static final XMLInputFactory FACTORY = newFactory();

  private SafeXml() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /** A reader over one part; the caller closes the stream. */
  public static XMLStreamReader open(InputStream in) throws XMLStreamException {
    synchronized (FACTORY) {
      return FACTORY.createXMLStreamReader(in);
    }
  }

  /** The local part of the current element's name, ignoring any prefix. */
  public static String local(XMLStreamReader r) {
    String n = r.getLocalName();
    int colon = n.indexOf(':');
    return colon < 0 ? n : n.substring(colon + 1);
  }

  /** An attribute by local name, ignoring prefixes; null when absent. */
  public static String attr(XMLStreamReader r, String localName) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String n = r.getAttributeLocalName(i);
      int colon = n.indexOf(':');
      if ((colon < 0 ? n : n.substring(colon + 1)).equals(localName)) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }
}
