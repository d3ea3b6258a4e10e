package org.duban.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.model.SourceLine;
import org.duban.names.UnitNames;

/**
 * The document's text as one string, repaired where OCR damaged it, with the source line of
 * every character. {@code orig} keeps the document's own script; {@code norm} is the same text
 * in simplified script and half-width forms, character for character, for matching.
 */
final class TextStream {
  /** A page number glued in front of a page's text: {@code 2、要目标...}. */
  private static final Pattern PAGE_PREFIX = Pattern.compile("^\\s*(\\d{1,3})、");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[。;；!！?？)）\\]】]\\s*$");
  private static final Pattern INLINE_PART = Pattern.compile("[。;；]\\s*[一二三四五六七八九十]{1,2}[、.]\\S");
  private static final Pattern OCR_DASH_ONE = Pattern.compile("([(（])\\s*[-－—–]\\s*([)）])");
  /** {@code 工程L建设}: an {@code L} between Chinese characters is a damaged {@code 1.}. */
  private static final Pattern OCR_L_ONE =
      Pattern.compile("(?<=[\\u4e00-\\u9fff])[Ll](?=[\\u4e00-\\u9fff])");
  /** {@code IOO家}: letters read for digits between Chinese characters. */
  private static final Pattern OCR_DIGITS =
      Pattern.compile(
          "(?<=[\\u4e00-\\u9fff,，、;；:：(（])(?:[0-9]+[IlO][IlO0-9]*|[IlO][IlO0-9]*[0-9][IlO0-9]*|[IlO]{2,}[IlO0-9]*)(?=[\\u4e00-\\u9fff%])");
  /**
   * 創新(xīn), 關(guan) 於(yu): some web pages that convert script print the reading of a character
   * after it. A syllable in brackets right after a Chinese character is that debris.
   */
  private static final Pattern PINYIN =
      Pattern.compile(
          "(?<=[\\u4e00-\\u9fff])[(（]\\s*(?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*"
              + "|(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aoeiuü]{1,3}(?:ng|n|r)?)\\s*[)）] ?");
  /** 推 split into its radical and phonetic by OCR. */
  private static final Pattern OCR_SPLIT_CHAR = Pattern.compile("才隹");

  final String orig;
  final String norm;
  private final int[] lines;
  final boolean pageDump;
  /** Reading debris removed: {@code (xīn)} after 創新. */
  final int readings;
  /** OCR repairs made: {line, as found, as repaired}, for the parse report. */
  final List<String[]> repairs;

  private TextStream(String orig, int[] lines, boolean pageDump, List<String[]> repairs, int readings) {
    this.repairs = List.copyOf(repairs);
    this.readings = readings;
    this.orig = orig;
    this.lines = lines;
    this.norm = normalize(orig);
    this.pageDump = pageDump;
  }

  /** The normalised form of any text: simplified script, half-width, same length. */
  static String normalize(String text) {
    return UnitNames.foldWidth(UnitNames.toSimplifiedSameLength(text));
  }

  int lineAt(int offset) {
    if (lines.length == 0) {
      return 0;
    }
    return lines[Math.max(0, Math.min(offset, lines.length - 1))];
  }

  static TextStream of(List<SourceLine> source) {
    boolean dump = isPageDump(source);
    StringBuilder b = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    int nextPage = -1;
    String previousText = "";
    for (SourceLine l : source) {
      String t = l.text();
      Matcher page = dump ? PAGE_PREFIX.matcher(t) : null;
      if (page != null && page.find() && (nextPage < 0 || Integer.parseInt(page.group(1)) == nextPage)
          && (nextPage < 0 || !ENDS_SENTENCE.matcher(previousText).find() || INLINE_PART.matcher(t).find())) {
        // a page break falls mid-sentence: the page runs on without a line break; a number out of
        // the pages' sequence (1、产业强镇 after page 1) is the document's own list
        nextPage = Integer.parseInt(page.group(1)) + 1;
        t = t.substring(page.end());
      } else if (b.length() > 0) {
        b.append('\n');
        at.add(l.where().line());
      }
      b.append(t);
      for (int i = 0; i < t.length(); i++) {
        at.add(l.where().line());
      }
      if (!l.text().isBlank()) {
        previousText = l.text();
      }
    }
    int[] lines = at.stream().mapToInt(Integer::intValue).toArray();
    String s = b.toString();
    Object[] r = {s, lines};
    List<String[]> readings = new ArrayList<>();
    r = replace(r, PINYIN, m -> "", readings);
    List<String[]> repairs = new ArrayList<>();
    r = replace(r, OCR_DASH_ONE, m -> m.group(1) + "一" + m.group(2), repairs);
    r = replace(r, OCR_L_ONE, m -> "\n1.", repairs);
    r = replace(r, OCR_DIGITS, m -> m.group().replace('I', '1').replace('l', '1').replace('O', '0'), repairs);
    r = replace(r, OCR_SPLIT_CHAR, m -> "推", repairs);
    return new TextStream((String) r[0], (int[]) r[1], dump, repairs, readings.size());
  }

  /**
   * A text dump of a paged document: most lines start with consecutive page numbers and run
   * on into the next line mid-word. Such lines are joined without a break.
   */
  static boolean isPageDump(List<SourceLine> source) {
    int run = 0;
    int best = 0;
    int expected = -1;
    long chars = 0;
    int numbered = 0;
    int afterSentence = 0;
    int firstPage = 0;
    int holdsParts = 0;
    String previous = "";
    for (SourceLine l : source) {
      Matcher m = PAGE_PREFIX.matcher(l.text());
      if (m.find()) {
        int n = Integer.parseInt(m.group(1));
        run = n == expected ? run + 1 : 1;
        expected = n + 1;
        if (run == 1) {
          firstPage = l.text().length();
        }
        chars += l.text().length();
        best = Math.max(best, run);
        numbered++;
        // 1、某市…行动计划为提高…。一、总体要求…: a "list item" holding the document's own parts is a page
        if (INLINE_PART.matcher(l.text()).find()) {
          holdsParts++;
        }
        // page 1 follows whatever came before the document; later pages break off mid-sentence
        if (n > 1 && previous.matches(".*[。;；!！?？)）\\]】]\\s*$")) {
          afterSentence++;
        }
      }
      if (!l.text().isBlank()) {
        previous = l.text();
      }
    }
    // A numbered list of long paragraphs also counts up, but its items end their sentences;
    // pages break off mid-word.
    long perPage = chars / Math.max(1, best);
    // Two pages are enough when the first is long and breaks off mid-sentence (the last page of a
    // document is often short).
    return (best >= 3 && perPage > 150 && afterSentence * 2 < numbered)
        || (best == 2 && firstPage > 200 && afterSentence == 0)
        || (best >= 1 && best <= 2 && holdsParts > 0);
  }

  private static Object[] replace(
      Object[] r, Pattern p, Function<MatchResult, String> with, List<String[]> repairs) {
    String s = (String) r[0];
    int[] lines = (int[]) r[1];
    Matcher m = p.matcher(s);
    StringBuilder b = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    int last = 0;
    boolean any = false;
    while (m.find()) {
      any = true;
      for (int i = last; i < m.start(); i++) {
        b.append(s.charAt(i));
        at.add(lines[i]);
      }
      String rep = with.apply(m.toMatchResult());
      repairs.add(new String[] {String.valueOf(lines[m.start()]), m.group(), rep.strip()});
      for (int i = 0; i < rep.length(); i++) {
        b.append(rep.charAt(i));
        at.add(lines[m.start()]);
      }
      last = m.end();
    }
    if (!any) {
      return r;
    }
    for (int i = last; i < s.length(); i++) {
      b.append(s.charAt(i));
      at.add(lines[i]);
    }
    return new Object[] {b.toString(), at.stream().mapToInt(Integer::intValue).toArray()};
  }
}
