package org.duban.xlsx;

import javax.xml.stream.XMLStreamException;

/**
 * The few pull events the bulk readers of a package need (sheets, shared strings): element
 * starts and ends by local name, attributes by local name, and text. Two sources give them:
 * {@link XmlCursor} over a part in memory, the fast path, and {@link StaxEvents} over the JDK's
 * StAX parser for parts the cursor leaves alone (another encoding, or too large to hold).
 */
public interface XmlEvents extends AutoCloseable {
  int END_DOCUMENT = 0;
  int START = 1;
  int END = 2;
  int TEXT = 3;

  /**
   * The next event. Malformed XML throws {@link XMLStreamException} with the line where it
   * broke; a DTD, an entity declaration or an entity reference other than the five predefined
   * ones throws {@link EntityRefused}: no genuine Office part has them, a hostile one might.
   */
  int next() throws XMLStreamException;

  /** For START and END: whether the element's local name (prefix ignored) is {@code local}. */
  boolean nameIs(String local);

  /** For START: the attribute with this local name (prefix ignored), or null. */
  String attr(String local) throws XMLStreamException;

  /** For TEXT: appends the text, entities resolved and line ends normalised. */
  void appendText(StringBuilder into) throws XMLStreamException;

  @Override
  void close();

  /** A DTD or a non-predefined entity: the part is refused, not read. */
  final class EntityRefused extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    public EntityRefused(String what) {
      super(what);
    }
  }
}
