package org.duban.fillin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One change a unit, a tool or a damaged disk can make to a filled return, with a text form (its
 * recipe) so that a case that once failed is kept as a line of text, not as a binary file:
 * {@code cell(重点任务,H5,num,1e400)}, {@code delrow(指标,6)}, {@code delsheet(_duban)},
 * {@code damage(1234,90)}. Arguments escape {@code \ , ( ) ;} and control characters as
 * {@code \\uXXXX}.
 */
sealed interface Mutation {
  /** Changes the package's parts. */
  default void apply(MutablePackage p) {}

  /** Changes the zip's bytes, after every part change of the case. */
  default byte[] damage(byte[] zip) {
    return zip;
  }

  /** The recipe: name and arguments. */
  List<String> args();

  default String recipe() {
    List<String> a = args();
    StringBuilder b = new StringBuilder(a.get(0)).append('(');
    for (int i = 1; i < a.size(); i++) {
      if (i > 1) {
        b.append(',');
      }
      b.append(escape(a.get(i)));
    }
    return b.append(')').toString();
  }

  /**
   * A cell's new content. Types: num, inline, shared (a new shared string), sst (a raw shared
   * string index), bool, err, fnum/fstr (a formula with a numeric/text cached value), fnone (a
   * formula with none), date (a number in a date style), long (inline text of that many 长),
   * blank, remove (no cell at all), raw (the cell's XML, {@code @} standing for its reference).
   */
  record Cell(String sheet, String ref, String type, String payload) implements Mutation {
    @Override
    public void apply(MutablePackage p) {
      String part = p.sheetPart(sheet);
      if (part == null || !p.has(part)) {
        return;
      }
      p.setCell(part, ref, style -> xml(p, style));
    }

    private String xml(MutablePackage p, String style) {
      String s = style == null ? "" : " s=\"" + style + "\"";
      String open = "<c r=\"" + ref + "\"";
      String text = MutablePackage.escape(payload);
      return switch (type) {
        case "num" -> open + s + "><v>" + text + "</v></c>";
        case "inline" -> open + s + " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + text + "</t></is></c>";
        case "long" -> open + s + " t=\"inlineStr\"><is><t>" + "长".repeat(Integer.parseInt(payload)) + "</t></is></c>";
        case "shared" -> open + s + " t=\"s\"><v>" + p.addSharedString(text) + "</v></c>";
        case "sst" -> open + s + " t=\"s\"><v>" + text + "</v></c>";
        case "bool" -> open + s + " t=\"b\"><v>" + text + "</v></c>";
        case "err" -> open + s + " t=\"e\"><v>" + text + "</v></c>";
        case "fnum" -> open + s + "><f>SUM(A1:A3)+[1]Sheet1!A1</f><v>" + text + "</v></c>";
        case "fstr" -> open + s + " t=\"str\"><f>CONCATENATE(\"a\",\"b\")</f><v>" + text + "</v></c>";
        case "fnone" -> open + s + "><f>" + text + "</f></c>";
        case "date" -> {
          String ds = p.dateStyle();
          yield open + (ds == null ? s : " s=\"" + ds + "\"") + "><v>" + text + "</v></c>";
        }
        case "blank" -> open + s + "/>";
        case "remove" -> "";
        case "raw" -> payload.replace("@", ref);
        default -> throw new IllegalArgumentException("unknown cell type " + type);
      };
    }

    @Override
    public List<String> args() {
      return List.of("cell", sheet, ref, type, payload);
    }
  }

  /** A row deleted outright (what a unit does after unprotecting the sheet). */
  record DeleteRow(String sheet, int row) implements Mutation {
    @Override
    public void apply(MutablePackage p) {
      String part = p.sheetPart(sheet);
      if (part != null) {
        p.changeRow(part, row, el -> "");
      }
    }

    @Override
    public List<String> args() {
      return List.of("delrow", sheet, Integer.toString(row));
    }
  }

  /** A row written twice, both times with its number: two rows claim one place. */
  record CopyRow(String sheet, int row) implements Mutation {
    @Override
    public void apply(MutablePackage p) {
      String part = p.sheetPart(sheet);
      if (part != null) {
        p.changeRow(part, row, el -> el + el);
      }
    }

    @Override
    public List<String> args() {
      return List.of("duprow", sheet, Integer.toString(row));
    }
  }

  /** A row given another row number, cells and all (rows moved or sorted by the unit). */
  record MoveRow(String sheet, int row, int to) implements Mutation {
    @Override
    public void apply(MutablePackage p) {
      String part = p.sheetPart(sheet);
      if (part != null) {
        p.changeRow(part, row, el -> el.replace("<row r=\"" + row + "\"", "<row r=\"" + to + "\"")
            .replaceAll("(<c r=\"[A-Z]+)" + row + "\"", "$1" + to + "\""));
      }
    }

    @Override
    public List<String> args() {
      return List.of("moverow", sheet, Integer.toString(row), Integer.toString(to));
    }
  }

  /** A sheet deleted: gone from the workbook and its part gone too. */
  record DeleteSheet(String sheet) implements Mutation {
    @Override
    public void apply(MutablePackage p) {
      String part = p.sheetPart(sheet);
      p.replaceSheetElement(sheet, el -> "");
      if (part != null) {
        p.remove(part);
      }
    }

    @Override
    public List<String> args() {
      return List.of("delsheet", sheet);
    }
  }

  /** A sheet renamed. */
  record RenameSheet(String sheet, String name) implements Mutation {
    @Override
    public void apply(MutablePackage p) {
      p.replaceSheetElement(sheet, el -> el.replace("name=\"" + MutablePackage.escape(sheet) + "\"",
          "name=\"" + MutablePackage.escape(name) + "\""));
    }

    @Override
    public List<String> args() {
      return List.of("rensheet", sheet, name);
    }
  }

  /** A sheet's visibility set: visible, hidden or veryHidden. */
  record SheetState(String sheet, String state) implements Mutation {
    @Override
    public void apply(MutablePackage p) {
      p.replaceSheetElement(sheet, el -> el.replaceAll("\\sstate=\"[^\"]*\"", "")
          .replace("/>", " state=\"" + state + "\"/>"));
    }

    @Override
    public List<String> args() {
      return List.of("state", sheet, state);
    }
  }

  /** A part missing from the zip (styles, shared strings, properties, ...). */
  record DropPart(String part) implements Mutation {
    @Override
    public void apply(MutablePackage p) {
      p.remove(part);
    }

    @Override
    public List<String> args() {
      return List.of("droppart", part);
    }
  }

  /** A custom document property given another value (duban.round, duban.unit, ...). */
  record Property(String name, String value) implements Mutation {
    @Override
    public void apply(MutablePackage p) {
      String xml = p.text("docProps/custom.xml");
      p.put("docProps/custom.xml", xml.replaceAll("(name=\"" + java.util.regex.Pattern.quote(name)
          + "\"><vt:lpwstr>)[^<]*(</vt:lpwstr>)", "$1" + java.util.regex.Matcher.quoteReplacement(
              MutablePackage.escape(value)) + "$2"));
    }

    @Override
    public List<String> args() {
      return List.of("prop", name, value);
    }
  }

  /** One byte of the zip overwritten (offset taken modulo the length). */
  record Damage(int offset, int value) implements Mutation {
    @Override
    public byte[] damage(byte[] zip) {
      byte[] out = zip.clone();
      if (out.length > 0) { // a file an earlier truncation emptied has no byte to damage
        out[Math.floorMod(offset, out.length)] = (byte) value;
      }
      return out;
    }

    @Override
    public List<String> args() {
      return List.of("damage", Integer.toString(offset), Integer.toString(value));
    }
  }

  /** The zip cut short (length taken modulo the length). */
  record Truncate(int length) implements Mutation {
    @Override
    public byte[] damage(byte[] zip) {
      return zip.length == 0 ? zip : Arrays.copyOf(zip, Math.floorMod(length, zip.length));
    }

    @Override
    public List<String> args() {
      return List.of("truncate", Integer.toString(length));
    }
  }

  /** Mutations separated by {@code ;}, as written by {@link #recipe}. */
  static List<Mutation> parseAll(String recipes) {
    List<Mutation> out = new ArrayList<>();
    for (String one : split(recipes, ';')) {
      if (!one.isBlank()) {
        out.add(parse(one.strip()));
      }
    }
    return out;
  }

  static Mutation parse(String recipe) {
    int open = recipe.indexOf('(');
    if (open < 0 || !recipe.endsWith(")")) {
      throw new IllegalArgumentException("not a mutation recipe: " + recipe);
    }
    String name = recipe.substring(0, open);
    List<String> a = new ArrayList<>();
    for (String arg : split(recipe.substring(open + 1, recipe.length() - 1), ',')) {
      a.add(unescape(arg));
    }
    return switch (name) {
      case "cell" -> new Cell(a.get(0), a.get(1), a.get(2), a.get(3));
      case "delrow" -> new DeleteRow(a.get(0), Integer.parseInt(a.get(1)));
      case "duprow" -> new CopyRow(a.get(0), Integer.parseInt(a.get(1)));
      case "moverow" -> new MoveRow(a.get(0), Integer.parseInt(a.get(1)), Integer.parseInt(a.get(2)));
      case "delsheet" -> new DeleteSheet(a.get(0));
      case "rensheet" -> new RenameSheet(a.get(0), a.get(1));
      case "state" -> new SheetState(a.get(0), a.get(1));
      case "droppart" -> new DropPart(a.get(0));
      case "prop" -> new Property(a.get(0), a.get(1));
      case "damage" -> new Damage(Integer.parseInt(a.get(0)), Integer.parseInt(a.get(1)));
      case "truncate" -> new Truncate(Integer.parseInt(a.get(0)));
      default -> throw new IllegalArgumentException("unknown mutation " + name);
    };
  }

  /** Splits on {@code sep} where it is not escaped; escapes stay for {@link #unescape}. */
  private static List<String> split(String s, char sep) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        b.append(c).append(s.charAt(++i));
      } else if (c == sep) {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
    return out;
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if ("\\,();".indexOf(c) >= 0) {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || (c >= 0xFFF0) || c == 0xFEFF
          || (c >= 0x200B && c <= 0x200F)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        b.append(c);
      } else if (s.charAt(i + 1) == 'u' && i + 5 < s.length()) {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        b.append(s.charAt(++i));
      }
    }
    return b.toString();
  }
}
