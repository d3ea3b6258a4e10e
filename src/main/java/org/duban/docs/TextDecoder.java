package org.duban.docs;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a plain-text plan whose encoding nobody declared: UTF-8 (with or without BOM), UTF-16
 * with BOM (Notepad's "Unicode") or without, GB18030/GBK, or Big5. Never the platform default, which on a
 * Chinese Windows machine is GBK and elsewhere UTF-8: the same file must read the same everywhere.
 */
final class TextDecoder {
  /** The text and the charset it was read with. */
  record Decoded(String text, Charset charset) {}

  static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(
          new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE);
    }
    // A valid UTF-8 decode wins: GBK text of any length is almost never valid UTF-8, while the
    // statistical detector can mistake short UTF-8 Chinese for something else.
    Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8);
    }
    if (detectorSaysBig5(bytes)) {
      Optional<String> big5 = strict(bytes, BIG5);
      if (big5.isPresent()) {
        return new Decoded(big5.get(), BIG5);
      }
    }
    // GB18030 is a superset of GBK and GB2312 and maps every byte sequence it can; a stray
    // invalid byte becomes U+FFFD rather than failing the whole plan.
    return new Decoded(strict(bytes, GB18030).orElseGet(() -> new String(bytes, GB18030)), GB18030);
  }

  /**
   * UTF-16 saved without a byte-order mark (some editors' "Unicode" export): the zero bytes of
   * its ASCII characters (digits, punctuation, line breaks) all fall on one side of the byte
   * pairs, which no text in another encoding and hardly any binary file shows.
   */
  static Optional<Decoded> utf16WithoutBom(byte[] bytes) {
    if (bytes.length < 4 || bytes.length % 2 != 0) {
      return Optional.empty();
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    // A CJK character whose low byte is 00 (U+4E00 一) puts a zero on the other side: allow a few.
    Charset cs;
    if (odd > 0 && even * 10 < odd) {
      cs = StandardCharsets.UTF_16LE;
    } else if (even > 0 && odd * 10 < even) {
      cs = StandardCharsets.UTF_16BE;
    } else {
      return Optional.empty();
    }
    return strict(bytes, cs).filter(TextDecoder::readable).map(t -> new Decoded(t, cs));
  }

  /** No control characters but line breaks, tabs and form feeds. */
  private static boolean readable(String text) {
    return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
  }

  /** True when most of the text is control characters: a binary file renamed to .txt. */
  static boolean looksBinary(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return false;
    }
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return control > n / 100 + 1;
  }

  private static boolean detectorSaysBig5(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch best = null;
    for (CharsetMatch m : detector.detectAll()) {
      String name = m.getName();
      if (name.equals("Big5") || name.equals("GB18030")) {
        best = m;
        break;
      }
    }
    return best != null && best.getName().equals("Big5") && best.getConfidence() >= 30;
  }

  private static Optional<String> strict(byte[] bytes, Charset cs) {
    try {
      return Optional.of(
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, int... sig) {
    if (bytes.length < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((bytes[i] & 0xFF) != sig[i]) {
        return false;
      }
    }
    return true;
  }
}
