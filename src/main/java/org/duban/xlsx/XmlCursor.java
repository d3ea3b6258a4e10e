package org.duban.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * {@link XmlEvents} over one UTF-8 XML part held in memory. Collecting 2,000 returns is mostly
 * parsing their sheets and shared strings, and the JDK's StAX parser spends most of that on
 * generic work (decoder, symbol table, limit accounting) that parts of a known shape do not need.
 *
 * <p>Not lenient for all that: no DTD, no entity but the five predefined ones and character
 * references; names must be well formed, attributes quoted and not repeated, tags nested and
 * closed, one root element; text must be valid UTF-8 and XML characters. A part it cannot read
 * this way (another encoding: see {@link #handles}) goes to StAX instead.
 */
public final class XmlCursor implements XmlEvents {
  /** An element of SpreadsheetML has a few dozen attributes at most. */
  static final int MAX_ATTRIBUTES = 256;

  private final byte[] b;
  private final int n;
  private int p;

  private int event = -1;
  /** The current element's qualified name [qs, qe) and local name [ls, qe). */
  private int qs;
  private int qe;
  private int ls;
  private boolean pendingEnd;

  private int attributes;
  private final int[] attrQualified = new int[MAX_ATTRIBUTES];
  private final int[] attrLocal = new int[MAX_ATTRIBUTES];
  private final int[] attrNameEnd = new int[MAX_ATTRIBUTES];
  private final int[] attrValue = new int[MAX_ATTRIBUTES];
  private final int[] attrValueEnd = new int[MAX_ATTRIBUTES];
  private final boolean[] attrPlain = new boolean[MAX_ATTRIBUTES];

  /** Text of the current TEXT event [ts, te); plain = ASCII without '&' or CR, so no decoding. */
  private int ts;
  private int te;
  private boolean textPlain;
  private boolean textCdata;
  private boolean textChecked;

  private int depth;
  private int[] openStart = new int[16];
  private int[] openEnd = new int[16];
  private boolean rootSeen;

  /** Scratch space for {@link #decode}, and the code point of the last entity it met. */
  private char[] chars = new char[256];
  private int entity;

  private XmlCursor(byte[] b, int n, int start) {
    this.b = b;
    this.n = n;
    this.p = start;
  }

  /**
   * Whether the cursor reads this part: UTF-8, with or without a byte-order mark and
   * declaration. Anything else (UTF-16, a declared legacy encoding) is left to StAX.
   */
  public static boolean handles(byte[] b, int n) {
    int s = bom(b, n);
    if (n - s >= 2 && (b[s] == 0 || b[s + 1] == 0 || (b[s] & 0xFF) >= 0xFE)) {
      return false; // UTF-16 or UTF-32, with or without a byte-order mark
    }
    if (!startsWith(b, n, s, "<?xml")) {
      return true;
    }
    int end = indexOf(b, n, s, "?>");
    if (end < 0) {
      return true; // the cursor reports the broken declaration
    }
    String decl = new String(b, s, end - s, StandardCharsets.ISO_8859_1);
    int e = decl.indexOf("encoding");
    if (e < 0) {
      return true;
    }
    int q = e + "encoding".length();
    while (q < decl.length() && (decl.charAt(q) == ' ' || decl.charAt(q) == '=')) {
      q++;
    }
    if (q >= decl.length() || (decl.charAt(q) != '"' && decl.charAt(q) != '\'')) {
      return true;
    }
    int close = decl.indexOf(decl.charAt(q), q + 1);
    String enc = close < 0 ? "" : decl.substring(q + 1, close).toUpperCase(Locale.ROOT);
    return enc.equals("UTF-8") || enc.equals("UTF8");
  }

  /** A cursor over {@code b[0, n)}, which must pass {@link #handles}. */
  public static XmlCursor over(byte[] b, int n) {
    return new XmlCursor(b, n, bom(b, n));
  }

  private static int bom(byte[] b, int n) {
    return n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  @Override
  public int next() throws XMLStreamException {
    if (event == TEXT && !textChecked && !textPlain) {
      decode(ts, te, textCdata, false, null); // text nobody read must still be well formed
    }
    attributes = 0;
    if (pendingEnd) {
      pendingEnd = false;
      return event = END;
    }
    while (p < n) {
      if (b[p] != '<') {
        if (scanText()) {
          return event = TEXT;
        }
        continue;
      }
      if (p + 1 >= n) {
        throw broken("标记不完整");
      }
      byte c = b[p + 1];
      if (c == '/') {
        endTag();
        return event = END;
      } else if (c == '?') {
        instruction();
      } else if (c == '!') {
        if (bang()) {
          return event = TEXT;
        }
      } else {
        startTag();
        return event = START;
      }
    }
    if (depth > 0) {
      throw broken("元素 <" + name(openStart[depth - 1], openEnd[depth - 1]) + "> 没有结束，文件不完整");
    }
    if (!rootSeen) {
      throw broken("没有根元素");
    }
    return event = END_DOCUMENT;
  }

  /** Text up to the next '<'; true when it is an event (inside the root), false for prolog space. */
  private boolean scanText() throws XMLStreamException {
    int s = p;
    boolean plain = true;
    int i = p;
    for (; i < n; i++) {
      byte c = b[i];
      if (c == '<') {
        break;
      }
      if (c >= 0x20 && c != '&') {
        continue; // the common case, tested here so that the loop does not call out per byte
      }
      plain &= c < 0 ? false : plainByte(i, false);
    }
    p = i;
    if (depth == 0) {
      for (int k = s; k < i; k++) {
        if (b[k] != ' ' && b[k] != '\t' && b[k] != '\n' && b[k] != '\r') {
          p = k;
          throw broken(rootSeen ? "根元素之后还有内容" : "根元素之前有内容");
        }
      }
      return false;
    }
    setText(s, i, plain, false);
    return true;
  }

  /**
   * Whether {@code b[i]} reads as itself: printable ASCII, or tab and newline outside attribute
   * values. Non-ASCII, '&', CR (and tab, newline in attributes) need {@link #decode}; any other
   * control character is not XML.
   */
  private boolean plainByte(int i, boolean attribute) throws XMLStreamException {
    int c = b[i];
    if (c >= 0x20 && c != '&') {
      return true;
    }
    if (c == '\t' || c == '\n') {
      return !attribute;
    }
    if (c < 0 || c == '&' || c == '\r') {
      return false;
    }
    throw brokenAt(i, "含有 XML 不允许的控制字符 0x" + Integer.toHexString(c));
  }

  private void setText(int s, int e, boolean plain, boolean cdata) {
    ts = s;
    te = e;
    textPlain = plain;
    textCdata = cdata;
    textChecked = false;
  }

  /** {@code <!...>}: a comment is skipped, CDATA is text (true), a DTD is refused. */
  private boolean bang() throws XMLStreamException {
    if (startsWith(b, n, p, "<!--")) {
      int end = indexOf(b, n, p + 4, "-->");
      if (end < 0) {
        throw broken("注释没有结束");
      }
      p = end + 3;
      return false;
    }
    if (startsWith(b, n, p, "<![CDATA[")) {
      if (depth == 0) {
        throw broken("根元素之外有 CDATA");
      }
      int s = p + 9;
      int end = indexOf(b, n, s, "]]>");
      if (end < 0) {
        throw broken("CDATA 没有结束");
      }
      boolean plain = true;
      for (int i = s; i < end; i++) {
        plain &= b[i] == '&' || plainByte(i, false); // CDATA takes '&' as it is
      }
      p = end + 3;
      setText(s, end, plain, true);
      return true;
    }
    if (startsWith(b, n, p, "<!DOCTYPE") || startsWith(b, n, p, "<!ENTITY")) {
      throw new EntityRefused("DTD");
    }
    throw broken("无法识别的 <! 标记");
  }

  /** {@code <?...?>}: processing instructions carry nothing we read; the declaration is checked. */
  private void instruction() throws XMLStreamException {
    int end = indexOf(b, n, p + 2, "?>");
    if (end < 0) {
      throw broken("处理指令没有结束");
    }
    int s = p + 2;
    p = s;
    int target = scanName();
    boolean declaration = target - s == 3 && (b[s] | 0x20) == 'x' && (b[s + 1] | 0x20) == 'm' && (b[s + 2] | 0x20) == 'l';
    if (declaration) {
      if (s - 2 != bom(b, n)) {
        throw broken("XML 声明不在文件开头");
      }
      declaration(end);
    } else if (p < end && b[p] != ' ' && b[p] != '\t' && b[p] != '\n' && b[p] != '\r') {
      throw broken("处理指令格式错误");
    }
    p = end + 2;
  }

  /** {@code version="1.x" [encoding="..."] [standalone="yes|no"]}, in that order, up to {@code end}. */
  private void declaration(int end) throws XMLStreamException {
    String[] names = {"version", "encoding", "standalone"};
    int next = 0;
    while (true) {
      int before = p;
      skipSpace();
      if (p == end) {
        break;
      }
      if (p == before) {
        throw broken("XML 声明格式错误");
      }
      int s = p;
      int e = scanName();
      String name = new String(b, s, e - s, StandardCharsets.ISO_8859_1);
      while (next < names.length && !names[next].equals(name)) {
        if (next == 0) {
          throw broken("XML 声明缺少 version");
        }
        next++;
      }
      if (next == names.length) {
        throw broken("XML 声明格式错误");
      }
      skipSpace();
      if (p >= end || b[p] != '=') {
        throw broken("XML 声明格式错误");
      }
      p++;
      skipSpace();
      if (p >= end || (b[p] != '"' && b[p] != '\'')) {
        throw broken("XML 声明格式错误");
      }
      int close = indexOf(b, end, p + 1, b[p] == '"' ? "\"" : "'");
      if (close < 0) {
        throw broken("XML 声明格式错误");
      }
      String value = new String(b, p + 1, close - p - 1, StandardCharsets.ISO_8859_1);
      boolean valid = switch (next) {
        case 0 -> value.matches("1\\.[0-9]+");
        case 1 -> value.matches("[A-Za-z][A-Za-z0-9._-]*");
        default -> value.equals("yes") || value.equals("no");
      };
      if (!valid) {
        throw broken("XML 声明格式错误");
      }
      next++;
      p = close + 1;
    }
    if (next == 0) {
      throw broken("XML 声明缺少 version");
    }
  }

  private void startTag() throws XMLStreamException {
    if (depth == 0 && rootSeen) {
      p++;
      throw broken("文件有第二个根元素");
    }
    p++;
    qs = p;
    qe = scanName();
    ls = localStart(qs, qe);
    while (true) {
      int before = p;
      skipSpace();
      if (p >= n) {
        throw broken("标记 <" + name(qs, qe) + "> 没有结束");
      }
      byte c = b[p];
      if (c == '>') {
        p++;
        push();
        return;
      }
      if (c == '/') {
        if (p + 1 >= n || b[p + 1] != '>') {
          throw broken("标记 <" + name(qs, qe) + "> 格式错误");
        }
        p += 2;
        push();
        depth--; // closed at once; the END event follows
        pendingEnd = true;
        return;
      }
      if (p == before) {
        throw broken("属性之间缺少空格");
      }
      attribute();
    }
  }

  private void attribute() throws XMLStreamException {
    int s = p;
    int e = scanName();
    if (!skipSpaceThen('=')) {
      throw broken("属性 " + name(s, e) + " 缺少等号");
    }
    skipSpace();
    if (p >= n || (b[p] != '"' && b[p] != '\'')) {
      throw broken("属性 " + name(s, e) + " 的值没有引号");
    }
    byte quote = b[p++];
    int vs = p;
    boolean plain = true;
    for (; p < n; p++) {
      byte c = b[p];
      if (c == quote) {
        break;
      }
      if (c == '<') {
        throw broken("属性值中不能有 <");
      }
      if (c >= 0x20 && c != '&') {
        continue;
      }
      plain &= c < 0 ? false : plainByte(p, true);
    }
    if (p >= n) {
      throw broken("属性 " + name(s, e) + " 的值没有结束");
    }
    int ve = p++;
    if (attributes == MAX_ATTRIBUTES) {
      throw broken("元素 <" + name(qs, qe) + "> 的属性超过 " + MAX_ATTRIBUTES + " 个");
    }
    int local = localStart(s, e);
    for (int i = 0; i < attributes; i++) {
      if (same(attrQualified[i], attrNameEnd[i], s, e)) {
        throw broken("属性 " + name(s, e) + " 重复");
      }
    }
    attrQualified[attributes] = s;
    attrLocal[attributes] = local;
    attrNameEnd[attributes] = e;
    attrValue[attributes] = vs;
    attrValueEnd[attributes] = ve;
    attrPlain[attributes] = plain;
    if (!plain) {
      decode(vs, ve, false, true, null);
    }
    attributes++;
  }

  /** Skips spaces, then steps over {@code c}; false (and nothing stepped over) when it is not there. */
  private boolean skipSpaceThen(char c) {
    skipSpace();
    if (p >= n || b[p] != c) {
      return false;
    }
    p++;
    return true;
  }

  private void endTag() throws XMLStreamException {
    p += 2;
    int s = p;
    int e = scanName();
    if (!skipSpaceThen('>')) {
      throw broken("结束标记 </" + name(s, e) + "> 格式错误");
    }
    if (depth == 0) {
      throw broken("多余的结束标记 </" + name(s, e) + ">");
    }
    if (!same(openStart[depth - 1], openEnd[depth - 1], s, e)) {
      throw broken("结束标记 </" + name(s, e) + "> 与开始标记 <"
          + name(openStart[depth - 1], openEnd[depth - 1]) + "> 不配对");
    }
    qs = s;
    qe = e;
    ls = localStart(s, e);
    depth--;
  }

  private void push() throws XMLStreamException {
    // No depth bound, as with StAX: each level costs at least 7 bytes of a part of at most 4 MB,
    // and a deeply nested part is read (and then found not to be a form), not called damaged.
    if (depth == openStart.length) {
      openStart = java.util.Arrays.copyOf(openStart, depth * 2);
      openEnd = java.util.Arrays.copyOf(openEnd, depth * 2);
    }
    openStart[depth] = qs;
    openEnd[depth] = qe;
    depth++;
    rootSeen = true;
  }

  /** A name: ASCII letters, digits and "_:.-", or any non-ASCII character; no digit, '-' or '.' first. */
  private int scanName() throws XMLStreamException {
    int s = p;
    boolean ascii = true;
    while (p < n && nameChar(b[p])) {
      ascii &= b[p] >= 0;
      p++;
    }
    if (!ascii) {
      decode(s, p, true, false, null); // non-ASCII names must still be UTF-8
    }
    if (p == s || (b[s] >= '0' && b[s] <= '9') || b[s] == '-' || b[s] == '.') {
      throw broken("名称格式错误");
    }
    return p;
  }

  private static boolean nameChar(byte c) {
    return c < 0 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || c == ':' || c == '-' || c == '.';
  }

  private int localStart(int s, int e) throws XMLStreamException {
    for (int i = s; i < e; i++) {
      if (b[i] == ':') {
        return i == e - 1 ? s : i + 1; // no namespaces here: ":" alone is a name
      }
    }
    return s;
  }

  private void skipSpace() {
    while (p < n && (b[p] == ' ' || b[p] == '\t' || b[p] == '\n' || b[p] == '\r')) {
      p++;
    }
  }

  @Override
  public boolean nameIs(String local) {
    return equalsAscii(ls, qe, local);
  }

  @Override
  public String attr(String local) throws XMLStreamException {
    for (int i = 0; i < attributes; i++) {
      if (equalsAscii(attrLocal[i], attrNameEnd[i], local)) {
        int s = attrValue[i];
        int e = attrValueEnd[i];
        if (attrPlain[i]) {
          return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
        }
        StringBuilder v = new StringBuilder(e - s);
        decode(s, e, false, true, v);
        return v.toString();
      }
    }
    return null;
  }

  @Override
  public void appendText(StringBuilder into) throws XMLStreamException {
    if (textPlain) {
      char[] buf = scratch(te - ts);
      for (int i = ts; i < te; i++) {
        buf[i - ts] = (char) b[i];
      }
      into.append(buf, 0, te - ts);
    } else {
      decode(ts, te, textCdata, false, into);
    }
    textChecked = true;
  }

  @Override
  public void close() {
    // nothing held but the array
  }

  /**
   * Decodes UTF-8 with entities ({@code raw}: CDATA, none) and XML's line-end rules (attribute
   * values: every line end and tab becomes a space) into {@code out}, or only checks it when
   * {@code out} is null.
   */
  private void decode(int s, int e, boolean raw, boolean attribute, StringBuilder out) throws XMLStreamException {
    // Characters go to a scratch array and reach the builder in one append: appending them one
    // by one costs a capacity and coder check per character, most of the time spent on a sheet.
    char[] buf = out == null ? null : scratch(e - s);
    int k = 0;
    int i = s;
    while (i < e) {
      int c = b[i];
      if (c >= 0) {
        if (c == '&' && !raw) {
          i = entity(i, e);
          if (buf != null) {
            k += Character.toChars(entity, buf, k);
          }
          continue;
        }
        if (c == '\r') {
          c = attribute ? ' ' : '\n';
          if (i + 1 < e && b[i + 1] == '\n') {
            i++;
          }
        } else if (attribute && (c == '\n' || c == '\t')) {
          c = ' ';
        }
        if (buf != null) {
          buf[k++] = (char) c;
        }
        i++;
        continue;
      }
      int cp;
      int len;
      int lead = c & 0xFF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        len = 2;
        cp = lead & 0x1F;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        len = 3;
        cp = lead & 0x0F;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        len = 4;
        cp = lead & 0x07;
      } else {
        throw brokenAt(i, "不是有效的 UTF-8 编码");
      }
      if (i + len > e) {
        throw brokenAt(i, "不是有效的 UTF-8 编码");
      }
      for (int t = 1; t < len; t++) {
        int u = b[i + t] & 0xFF;
        if ((u & 0xC0) != 0x80) {
          throw brokenAt(i, "不是有效的 UTF-8 编码");
        }
        cp = (cp << 6) | (u & 0x3F);
      }
      // overlong forms, surrogates and code points past U+10FFFF are not UTF-8
      if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
          || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) {
        throw brokenAt(i, "不是有效的 UTF-8 编码");
      }
      if (buf != null) {
        if (len == 4) {
          k += Character.toChars(cp, buf, k);
        } else {
          buf[k++] = (char) cp;
        }
      }
      i += len;
    }
    if (buf != null) {
      out.append(buf, 0, k);
    }
  }

  /** At least {@code bytes} chars: UTF-8 never decodes to more chars than it has bytes. */
  private char[] scratch(int bytes) {
    if (chars.length < bytes) {
      chars = new char[Math.max(bytes, chars.length * 2)];
    }
    return chars;
  }

  /**
   * The reference at {@code b[i] == '&'}: leaves its code point in {@link #entity}, returns the
   * index after ';'.
   */
  private int entity(int i, int e) throws XMLStreamException {
    int semi = -1;
    for (int k = i + 1; k < e && k < i + 32; k++) {
      if (b[k] == ';') {
        semi = k;
        break;
      }
    }
    if (semi < 0) {
      throw brokenAt(i, "& 之后没有以 ; 结束的实体");
    }
    if (b[i + 1] == '#') {
      entity = characterReference(i, semi);
    } else {
      String name = new String(b, i + 1, semi - i - 1, StandardCharsets.ISO_8859_1);
      entity = switch (name) {
        case "lt" -> '<';
        case "gt" -> '>';
        case "amp" -> '&';
        case "quot" -> '"';
        case "apos" -> '\'';
        default -> throw new EntityRefused("&" + name + ";");
      };
    }
    return semi + 1;
  }

  private int characterReference(int i, int semi) throws XMLStreamException {
    boolean hex = i + 2 < semi && (b[i + 2] == 'x');
    int k = i + (hex ? 3 : 2);
    if (k >= semi) {
      throw brokenAt(i, "字符引用格式错误");
    }
    int cp = 0;
    for (; k < semi; k++) {
      int d = Character.digit(b[k], hex ? 16 : 10);
      if (d < 0) {
        throw brokenAt(i, "字符引用格式错误");
      }
      cp = cp * (hex ? 16 : 10) + d;
      if (cp > 0x10FFFF) {
        throw brokenAt(i, "字符引用指向 XML 不允许的字符");
      }
    }
    boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    if (!legal) {
      throw brokenAt(i, "字符引用指向 XML 不允许的字符");
    }
    return cp;
  }

  private boolean same(int s1, int e1, int s2, int e2) {
    if (e1 - s1 != e2 - s2) {
      return false;
    }
    for (int i = 0; i < e1 - s1; i++) {
      if (b[s1 + i] != b[s2 + i]) {
        return false;
      }
    }
    return true;
  }

  private boolean equalsAscii(int s, int e, String ascii) {
    if (e - s != ascii.length()) {
      return false;
    }
    for (int i = 0; i < e - s; i++) {
      if (b[s + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private String name(int s, int e) {
    return new String(b, s, Math.min(e - s, 64), StandardCharsets.UTF_8);
  }

  private XMLStreamException broken(String what) {
    return brokenAt(p, what);
  }

  private XMLStreamException brokenAt(int at, String what) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < Math.min(at, n); i++) {
      if (b[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new XMLStreamException(what, new At(line, at - lineStart + 1, at));
  }

  private static boolean startsWith(byte[] b, int n, int at, String ascii) {
    if (at + ascii.length() > n) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (b[at + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, int n, int from, String ascii) {
    byte first = (byte) ascii.charAt(0);
    for (int i = from; i + ascii.length() <= n; i++) {
      if (b[i] == first && startsWith(b, n, i, ascii)) {
        return i;
      }
    }
    return -1;
  }

  /** Where a part broke, as StAX reports it. */
  private record At(int line, int column, int offset) implements Location {
    @Override
    public int getLineNumber() {
      return line;
    }

    @Override
    public int getColumnNumber() {
      return column;
    }

    @Override
    public int getCharacterOffset() {
      return offset;
    }

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public String getSystemId() {
      return null;
    }
  }
}
