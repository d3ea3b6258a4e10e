package org.duban.names;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Traditional to simplified script, one character at a time. The only class of duban that
 * touches ICU4J.
 *
 * <p>Character by character on purpose: the result has the same length as the input, so an
 * offset found in the simplified text points at the same words in the document's own text.
 */
final class Scripts {
  private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
  private static final ConcurrentHashMap<Character, Character> CACHE = new ConcurrentHashMap<>();

  private Scripts() {}

  static String toSimplified(String s) {
    if (s == null || s.isEmpty()) {
      return s == null ? "" : s;
    }
    char[] out = s.toCharArray();
    boolean changed = false;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c < 0x3400 || Character.isSurrogate(c)) {
        continue;
      }
      char m = CACHE.computeIfAbsent(c, Scripts::mapOne);
      if (m != c) {
        out[i] = m;
        changed = true;
      }
    }
    return changed ? new String(out) : s;
  }

  private static char mapOne(char c) {
    String r;
    // Transliterator instances are not documented as thread-safe.
    synchronized (T2S) {
      r = T2S.transliterate(String.valueOf(c));
    }
    return r.length() == 1 ? r.charAt(0) : c;
  }
}
