package org.duban.xlsx;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** {@link XmlEvents} over the JDK's StAX parser, hardened by {@link SafeXml}; closes the stream. */
public final class StaxEvents implements XmlEvents {
  private final InputStream in;
  private final XMLStreamReader r;

  private StaxEvents(InputStream in, XMLStreamReader r) {
    this.in = in;
    this.r = r;
  }

  /** Takes ownership of {@code in}: {@link #close()} closes it. */
  public static StaxEvents over(InputStream in) throws XMLStreamException {
    try {
      return new StaxEvents(in, SafeXml.open(in));
    } catch (XMLStreamException | RuntimeException e) {
      closeQuietly(in);
      throw e;
    }
  }

  @Override
  public int next() throws XMLStreamException {
    while (r.hasNext()) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT:
          return START;
        case XMLStreamConstants.END_ELEMENT:
          return END;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
          return TEXT;
        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION:
          throw new EntityRefused("DTD");
        case XMLStreamConstants.END_DOCUMENT:
          return END_DOCUMENT;
        default:
          break; // comments, processing instructions
      }
    }
    return END_DOCUMENT;
  }

  @Override
  public boolean nameIs(String local) {
    return SafeXml.local(r).equals(local);
  }

  @Override
  public String attr(String local) {
    return SafeXml.attr(r, local);
  }

  @Override
  public void appendText(StringBuilder into) {
    into.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
  }

  @Override
  public void close() {
    try {
      r.close();
    } catch (XMLStreamException e) {
      // nothing was written; the stream is closed below either way
    }
    closeQuietly(in);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // a read-only zip entry: nothing to lose
    }
  }
}
