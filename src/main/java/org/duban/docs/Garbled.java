package org.duban.docs;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Optional;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.names.UnitNames;

/**
 * Text that decoded without an error but is not Chinese: a file in an encoding the detector took
 * for GBK (Japanese Shift_JIS, say), or the classic “ÖÐÎÄ” garbage of GBK bytes read as Latin-1
 * and saved again as UTF-8. The first is refused with what to do; the second is undone, since
 * reading the characters back as the bytes they were gives the document exactly.
 *
 * <p>The test is how ordinary the characters are: a plan's characters are almost all among the
 * 3,755 most common ones (GB2312 level 1), while characters decoded from the wrong bytes are
 * spread over all 20,000-odd. Traditional script is simplified first, so 長株潭 counts as 长株潭.
 */
final class Garbled {
  /** Too few characters say nothing either way. */
  private static final int ENOUGH = 8;
  /** Real plans measure 0.95 and above; wrong decodes well under a half. */
  private static final double ORDINARY_SHARE = 0.6;

  private static final Charset GB2312 = Charset.forName("GB2312");
  private static final BitSet LEVEL_1 = levelOne();

  private Garbled() {}

  /** The text, repaired when it is GBK read as Latin-1; refused when it is not Chinese at all. */
  static String check(String text, Location where) throws DubanException {
    Share share = share(text);
    if (share.cjk >= ENOUGH) {
      if (share.ordinaryShare() < ORDINARY_SHARE) {
        throw DubanException.of(where, "读出的文字不像中文，文件的编码无法识别（可能是日文等其他编码，或文件已损坏）",
            "请用记事本或 WPS 打开，确认文字正常后另存为“UTF-8”编码的文本再导入");
      }
      return text;
    }
    Optional<String> repaired = asLatin1Gbk(text);
    if (repaired.isPresent()) {
      return repaired.get();
    }
    if (latin1Letters(text) >= ENOUGH) {
      throw DubanException.of(where, "文件中的文字是乱码（如“ÖÐÎÄ”），无法还原",
          "请找到方案原文，用记事本或 WPS 另存为“UTF-8”编码的文本再导入");
    }
    return text;
  }

  /** GBK bytes once read as Latin-1: each character is one of the bytes; read them as GBK again. */
  private static Optional<String> asLatin1Gbk(String text) {
    if (latin1Letters(text) < ENOUGH || text.chars().anyMatch(c -> c > 0xFF)) {
      return Optional.empty();
    }
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    try {
      String gbk = TextDecoder.GB18030.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      Share s = share(gbk);
      return s.cjk >= ENOUGH && s.ordinaryShare() >= ORDINARY_SHARE ? Optional.of(gbk) : Optional.empty();
    } catch (java.nio.charset.CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static long latin1Letters(String text) {
    return text.chars().filter(c -> c >= 0x80 && c <= 0xFF).count();
  }

  private record Share(int cjk, int ordinary) {
    double ordinaryShare() {
      return cjk == 0 ? 1 : (double) ordinary / cjk;
    }
  }

  private static Share share(String text) {
    String simplified = UnitNames.toSimplifiedSameLength(text);
    int cjk = 0;
    int ordinary = 0;
    for (int i = 0; i < simplified.length(); i++) {
      char c = simplified.charAt(i);
      if (c >= 0x4E00 && c <= 0x9FFF) {
        cjk++;
        if (LEVEL_1.get(c)) {
          ordinary++;
        }
      }
    }
    return new Share(cjk, ordinary);
  }

  /** GB2312 rows 16 to 55 (lead bytes B0 to D7): the level-1 characters, by frequency of use. */
  private static BitSet levelOne() {
    BitSet set = new BitSet(0xA000);
    byte[] pair = new byte[2];
    for (int lead = 0xB0; lead <= 0xD7; lead++) {
      for (int trail = 0xA1; trail <= 0xFE; trail++) {
        pair[0] = (byte) lead;
        pair[1] = (byte) trail;
        String s = new String(pair, GB2312);
        if (s.length() == 1 && s.charAt(0) >= 0x4E00) {
          set.set(s.charAt(0));
        }
      }
    }
    return set;
  }
}
