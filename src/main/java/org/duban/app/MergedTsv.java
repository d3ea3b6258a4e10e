package org.duban.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duban.model.DubanException;
import org.duban.model.Field;
import org.duban.model.Filer;
import org.duban.model.IntakeStatus;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.ReportedValue;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.model.Severity;
import org.duban.model.UnitIntake;
import org.duban.model.UnitReturn;

/**
 * The text form of a round's merged data: UTF-8, one record a line, fields separated by tabs,
 * with tab, newline, carriage return and backslash escaped as {@code \t \n \r \\}; an empty
 * field stands for "none" where a value is optional.
 *
 * <pre>
 * duban-merged	1
 * R	round	planFingerprint	due
 * U	unit	round	fileName	filerName	filerPhone	filerDate	reviewer     (a return)
 * V	itemId	field	text	number	file	sheet	cell	line              (a value of the U above)
 * P	severity	message	fix	value	file	sheet	cell	line         (a problem of the U above)
 * I	unit	status	fileName	submitted	errors	warnings                 (intake)
 * </pre>
 */
final class MergedTsv {
  static final String MAGIC = "duban-merged";
  static final String VERSION = "1";

  private MergedTsv() {}

  /**
   * Writes the round line by line: the text of 2,000 returns is tens of megabytes, which as one
   * string (twice, while the builder grows) would not fit collect's heap.
   */
  static void write(RoundData d, OutputStream to) throws IOException {
    write(d, to, null);
  }

  /** As {@link #write(RoundData, OutputStream)}, taking the values of parked returns from the spool. */
  static void write(RoundData d, OutputStream to, ReturnSpool spool) throws IOException {
    Writer out = new BufferedWriter(new OutputStreamWriter(to, StandardCharsets.UTF_8), 1 << 16);
    Lines b = new Lines(out);
    line(b, MAGIC, VERSION);
    line(b, "R", d.round().toString(), d.planFingerprint(), date(d.due()));
    for (UnitReturn r : d.returns()) {
      Filer f = r.filer();
      line(b, "U", r.unit(), r.round().toString(), r.fileName(), f.name(), f.phone(), date(f.date()),
          f.reviewer());
      if (spool != null && spool.has(r)) {
        out.flush(); // the parked lines are UTF-8 already: copied as bytes, behind what is written
        spool.copyValues(r, to);
      } else {
        values(b, r);
      }
      for (Problem p : r.problems()) {
        Location w = p.where();
        line(b, "P", p.severity().name(), p.message(), p.fix(), p.value(), w.file(), w.sheet(),
            w.cell(), Integer.toString(w.line()));
      }
    }
    for (UnitIntake i : d.intake()) {
      line(b, "I", i.unit(), i.status().name(), i.fileName(), date(i.submitted()),
          Integer.toString(i.errors()), Integer.toString(i.warnings()));
    }
    out.flush();
  }

  /** The V lines of one return, as {@link #write} writes them. */
  static void writeValues(UnitReturn r, Writer out) throws IOException {
    values(new Lines(out), r);
  }

  private static void values(Lines b, UnitReturn r) throws IOException {
    for (ReportedValue v : r.values()) {
      Location w = v.where();
      line(b, "V", v.itemId(), v.field().name(), v.text(),
          v.number() == null ? "" : v.number().toPlainString(), w.file(), w.sheet(), w.cell(),
          Integer.toString(w.line()));
    }
  }

  /** One reusable line buffer in front of the writer. */
  private static final class Lines {
    final StringBuilder b = new StringBuilder(512);
    final Writer out;

    Lines(Writer out) {
      this.out = out;
    }
  }

  static RoundData read(String text, String fileName) throws DubanException {
    // Raw carriage returns can only come from an editor saving with CRLF (values escape theirs),
    // and a BOM from one saving "UTF-8 with signature": both are dropped.
    String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text)
        .replace("\r\n", "\n").split("\n", -1);
    Reader in = new Reader(fileName);
    if (lines.length < 2 || !lines[0].equals(MAGIC + "\t" + VERSION)) {
      throw in.broken(1, "文件头应为“" + MAGIC + " " + VERSION + "”");
    }
    List<String> head = in.fields(lines[1], 2, 4);
    if (!head.get(0).equals("R")) {
      throw in.broken(2, "第二行应为轮次记录（R）");
    }
    Round round = in.round(head.get(1), 2);
    String fingerprint = head.get(2);
    LocalDate due = in.date(head.get(3), 2);
    List<UnitReturn> returns = new ArrayList<>();
    List<UnitIntake> intake = new ArrayList<>();
    List<String> current = null;
    List<ReportedValue> values = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 2; i < lines.length; i++) {
      int no = i + 1;
      if (lines[i].isEmpty()) {
        if (i == lines.length - 1) {
          break;
        }
        throw in.broken(no, "出现空行");
      }
      String kind = lines[i].substring(0, Math.max(0, lines[i].indexOf('\t')));
      try {
        switch (kind) {
          case "U" -> {
            if (current != null) {
              returns.add(in.unitReturn(current, values, problems, no));
            }
            current = in.fields(lines[i], no, 8);
            current.add(Integer.toString(no));
            values = new ArrayList<>();
            problems = new ArrayList<>();
          }
          case "V" -> {
            List<String> f = in.fields(lines[i], no, 9);
            in.needReturn(current, no);
            values.add(new ReportedValue(f.get(1), Field.valueOf(f.get(2)), f.get(3),
                f.get(4).isEmpty() ? null : new BigDecimal(f.get(4)), in.location(f, 5, no)));
          }
          case "P" -> {
            List<String> f = in.fields(lines[i], no, 9);
            in.needReturn(current, no);
            problems.add(new Problem(in.location(f, 5, no), Severity.valueOf(f.get(1)), f.get(2),
                f.get(3), f.get(4)));
          }
          case "I" -> {
            List<String> f = in.fields(lines[i], no, 7);
            intake.add(new UnitIntake(f.get(1), IntakeStatus.valueOf(f.get(2)), f.get(3),
                in.date(f.get(4), no), Integer.parseInt(f.get(5)), Integer.parseInt(f.get(6))));
          }
          default -> throw in.broken(no, "未知的记录类型“" + kind + "”");
        }
      } catch (IllegalArgumentException e) {
        throw in.broken(no, "内容无法读取（" + e.getMessage() + "）");
      }
    }
    if (current != null) {
      returns.add(in.unitReturn(current, values, problems, lines.length));
    }
    return new RoundData(round, fingerprint, due, returns, intake);
  }

  private static void line(Lines to, String... fields) throws IOException {
    StringBuilder b = to.b;
    b.setLength(0);
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        b.append('\t');
      }
      escape(b, fields[i] == null ? "" : fields[i]);
    }
    b.append('\n');
    to.out.append(b);
  }

  static void escape(StringBuilder b, String s) {
    int plain = 0;
    while (plain < s.length() && !special(s.charAt(plain))) {
      plain++;
    }
    // Most values need no escape: one append, not one per character (65 MB of text for 2,000 returns).
    b.append(s, 0, plain);
    for (int i = plain; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\\' -> b.append("\\\\");
        default -> b.append(c);
      }
    }
  }

  private static boolean special(char c) {
    return c == '\t' || c == '\n' || c == '\r' || c == '\\';
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        if (c == '\\') {
          throw new IllegalArgumentException("末尾有多余的反斜杠");
        }
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 't' -> b.append('\t');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case '\\' -> b.append('\\');
        default -> throw new IllegalArgumentException("未知的转义“\\" + n + "”");
      }
    }
    return b.toString();
  }

  private static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** Parsing helpers that turn any defect into an error naming the file and line. */
  private static final class Reader {
    private final String file;

    Reader(String file) {
      this.file = file;
    }

    DubanException broken(int line, String what) {
      return new DubanException(Problem.error(Location.ofLine(file, line),
          "本轮汇总数据已损坏：" + what, "请重新运行 duban collect 生成该文件，不要手工修改"));
    }

    List<String> fields(String line, int no, int... counts) throws DubanException {
      String[] parts = line.split("\t", -1);
      boolean fits = false;
      for (int c : counts) {
        fits |= parts.length == c;
      }
      if (!fits) {
        throw broken(no, "字段数为 " + parts.length + "，应为 " + counts[counts.length - 1]);
      }
      List<String> out = new ArrayList<>(parts.length);
      try {
        for (String p : parts) {
          out.add(unescape(p));
        }
      } catch (IllegalArgumentException e) {
        throw broken(no, e.getMessage());
      }
      return out;
    }

    Round round(String s, int no) throws DubanException {
      try {
        return Round.parse(s);
      } catch (IllegalArgumentException e) {
        throw broken(no, e.getMessage());
      }
    }

    LocalDate date(String s, int no) throws DubanException {
      try {
        return s.isEmpty() ? null : LocalDate.parse(s);
      } catch (java.time.format.DateTimeParseException e) {
        throw broken(no, "日期“" + s + "”无法读取");
      }
    }

    Location location(List<String> f, int from, int no) throws DubanException {
      try {
        return new Location(f.get(from), f.get(from + 1), f.get(from + 2),
            Integer.parseInt(f.get(from + 3)));
      } catch (IllegalArgumentException e) {
        throw broken(no, "位置“" + f.get(from + 3) + "”无法读取");
      }
    }

    void needReturn(List<String> current, int no) throws DubanException {
      if (current == null) {
        throw broken(no, "数值或问题记录之前缺少单位记录（U）");
      }
    }

    UnitReturn unitReturn(List<String> u, List<ReportedValue> values, List<Problem> problems, int no)
        throws DubanException {
      int at = Integer.parseInt(u.get(8));
      try {
        Filer filer = new Filer(u.get(4), u.get(5), date(u.get(6), at), u.get(7));
        return new UnitReturn(u.get(1), round(u.get(2), at), u.get(3), filer, values, problems);
      } catch (IllegalArgumentException e) {
        throw broken(at, e.getMessage());
      }
    }
  }
}
