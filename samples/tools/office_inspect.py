#!/usr/bin/python3
"""Report what LibreOffice itself sees in workbooks: sheets, protection, input cells, dropdowns.

Loads each workbook hidden in a private headless LibreOffice (the same way office_fill.py does)
and prints, per file, tab-separated lines that a test or a person can read:

  file      <path>
  document  structureProtected=0
  property  duban.unit  市科工局                     (custom document properties, as text)
  sheet     重点任务  visible=1  protected=1  landscape=1  pagesWide=1  pagesTall=0
            titleRows=1-3  paper=29700x21001
  input     重点任务!G4:G32  validation=DECIMAL  operator=GREATER_EQUAL  formula1=0  formula2=0
            prompt=1  title=累计完成值  message=...  list=  color=FFF2CC  font=宋体  asianFont=...
  cell      重点任务!H4  locked=0  validation=LIST  list=已完成|序时推进|滞后|未启动  text=...

"input" lists every unlocked range of every visible sheet as LibreOffice's cell format ranges
split them (a range shares one format, protection and validation). "cell" lines are printed for
the cells asked with --cells. Tabs, line breaks and backslashes inside values are escaped as \\t,
\\n and \\\\. Nothing is written anywhere: each workbook is opened from a private copy.

Usage:
  /usr/bin/python3 office_inspect.py [--cells '重点任务!C4,重点任务!H4'] [--timeout S] FILE...

Exit codes as office_fill.py: 0 done; 1 a file is missing or not a spreadsheet; 2 LibreOffice
could not be started; 3 timeout.
"""

import argparse
import os
import shutil
import signal
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import office_fill  # noqa: E402  (shares the private-LibreOffice machinery)

VALIDATION_TYPES = ("ANY", "WHOLE", "DECIMAL", "DATE", "TIME", "TEXT_LEN", "LIST", "CUSTOM")


def main(argv):
    p = argparse.ArgumentParser(description="Show what LibreOffice sees in duban workbooks.")
    p.add_argument("files", nargs="+")
    p.add_argument("--cells", default="", help="comma-separated Sheet!A1 cells to describe")
    p.add_argument("--timeout", type=float, default=120.0)
    args = p.parse_args(argv)
    cells = [c.strip() for c in args.cells.split(",") if c.strip()]
    for f in args.files:
        if not os.path.isfile(f):
            return office_fill.fail(1, "workbook not found: %s" % f)
    office = office_fill.Office()
    watchdog = threading.Timer(args.timeout, office.on_timeout, args=(args.timeout,))
    watchdog.daemon = True
    watchdog.start()
    signal.signal(signal.SIGTERM, lambda *_: office.on_signal())
    try:
        office.start()
        out = []
        for f in args.files:
            out.extend(inspect(office, os.path.abspath(f), cells))
        sys.stdout.write("".join(line + "\n" for line in out))
        return 0
    except Exception as e:  # UNO raises its own exception types
        if office.timed_out:
            return 3
        if isinstance(e, office_fill.FillError):
            return office_fill.fail(1, str(e))
        return office_fill.fail(2, "LibreOffice failed: %s: %s" % (type(e).__name__, e))
    finally:
        watchdog.cancel()
        office.stop()


def inspect(office, path, cells):
    copy = os.path.join(office.workdir, "inspect" + os.path.splitext(path)[1])
    shutil.copyfile(path, copy)
    doc = office.desktop.loadComponentFromURL(office_fill.path_to_url(copy), "_blank", 0,
                                              (office_fill.prop("Hidden", True),))
    if doc is None or not hasattr(doc, "Sheets"):
        raise office_fill.FillError("LibreOffice could not open %s as a spreadsheet" % path)
    try:
        lines = [row("file", path), row("document", structureProtected=flag(doc.isProtected()))]
        udp = doc.DocumentProperties.UserDefinedProperties
        for prop in sorted(udp.getPropertySetInfo().getProperties(), key=lambda x: x.Name):
            lines.append(row("property", prop.Name, str(udp.getPropertyValue(prop.Name))))
        styles = doc.StyleFamilies.getByName("PageStyles")
        for i in range(doc.Sheets.Count):
            sheet = doc.Sheets.getByIndex(i)
            page = styles.getByName(sheet.PageStyle)
            titles = sheet.getTitleRows()
            lines.append(row("sheet", sheet.Name, visible=flag(sheet.IsVisible),
                             protected=flag(sheet.isProtected()),
                             landscape=flag(page.IsLandscape),
                             pagesWide=page.ScaleToPagesX, pagesTall=page.ScaleToPagesY,
                             titleRows=("%d-%d" % (titles.StartRow + 1, titles.EndRow + 1)
                                        if sheet.getPrintTitleRows() else ""),
                             paper="%dx%d" % (page.Width, page.Height)))
            if not sheet.IsVisible:
                continue
            ranges = sheet.getCellFormatRanges()
            for k in range(ranges.Count):
                r = ranges.getByIndex(k)
                if not r.CellProtection.IsLocked:
                    lines.append(row("input", "%s!%s" % (sheet.Name, address(r)), **describe(r)))
        for ref in cells:
            name, _, a1 = ref.rpartition("!")
            if not doc.Sheets.hasByName(name):
                raise office_fill.FillError("no sheet %s in %s (cell %s)" % (name, path, ref))
            cell = doc.Sheets.getByName(name).getCellRangeByName(a1)
            lines.append(row("cell", ref, locked=flag(cell.CellProtection.IsLocked),
                             text=cell.getString(), **describe(cell)))
        return lines
    finally:
        try:
            doc.close(True)
        except Exception:
            pass


def describe(r):
    """Validation, prompt, tint and fonts of a cell or uniform range."""
    v = r.Validation
    kind = v.Type.value
    choices = ""
    if kind == "LIST":
        choices = "|".join(c.strip().strip('"') for c in v.getFormula1().split(";"))
    return dict(validation=kind, operator=v.Operator.value, formula1=v.getFormula1(),
                formula2=v.getFormula2(), prompt=flag(v.ShowInputMessage), title=v.InputTitle,
                message=v.InputMessage, list=choices,
                color="" if r.CellBackColor < 0 else "%06X" % r.CellBackColor,
                font=r.CharFontName, asianFont=r.CharFontNameAsian)


def address(r):
    a = r.getRangeAddress()
    first = office_fill.a1(a.StartColumn, a.StartRow)
    last = office_fill.a1(a.EndColumn, a.EndRow)
    return first if first == last else first + ":" + last


def flag(b):
    return "1" if b else "0"


def escape(value):
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def row(kind, *fields, **named):
    parts = [kind] + [escape(f) for f in fields]
    parts += ["%s=%s" % (k, escape(v)) for k, v in named.items()]
    return "\t".join(parts)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
