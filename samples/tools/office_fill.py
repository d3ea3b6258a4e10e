#!/usr/bin/python3
"""Fill a duban fill-in workbook the way a unit would: through a real office suite.

Starts a private headless LibreOffice, loads the workbook hidden over UNO, writes the given
values into the input cells of the rows found by their 编号, fills the 填报人/联系电话/填报日期/
审核人 fields, and stores the result as xlsx or xls. The input file is never modified: it is
copied into a private folder first, and the output is written next to its final place and
renamed into it.

Usage:
  /usr/bin/python3 office_fill.py --in template.xlsx --out filled.xlsx --values values.json
                                  [--format xlsx|xls] [--timeout SECONDS] [--allow-locked]

values.json:
  {"items": {"二.(一).1": {"累计完成值": 12, "完成状态": "序时推进", "工作进展": "..."}},
   "filer": {"填报人": "王伟", "联系电话": "0734-8123456", "填报日期": "2025-10-03",
             "审核人": "李强"}}

Sheet protection: LibreOffice's API writes into any cell of a protected sheet, locked or not
(protection only guards the user interface), so nothing is unprotected. To behave like a unit,
the script itself refuses locked cells of protected sheets unless --allow-locked is given.

On success one JSON line goes to stdout: {"cells": N, "format": ..., "out": ..., "seconds": ...}.

Exit codes: 0 done; 1 bad input (item id, header or label not found, bad JSON); 2 LibreOffice
could not be started or reached; 3 overall timeout.
"""

import argparse
import datetime
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid

FILTERS = {"xlsx": "Calc MS Excel 2007 XML", "xls": "MS Excel 97"}
ID_HEADER = "编号"
FILER_LABELS = ("填报人", "联系电话", "填报日期", "审核人")
CONNECT_TIMEOUT = 60.0
# How many rows under the 编号 header may still belong to a multi-row header.
MAX_HEADER_ROWS = 3


class FillError(Exception):
    """A problem with the workbook or the values: exit 1, message to stderr."""


class OfficeError(Exception):
    """LibreOffice could not be started, reached or asked to store: exit 2."""


def main(argv):
    args = parse_args(argv)
    try:
        values = read_values(args.values)
    except FillError as e:
        return fail(1, str(e))
    if not os.path.isfile(args.input):
        return fail(1, "input workbook not found: %s" % args.input)
    try:
        import uno  # noqa: F401  (checked here to give a useful message)
    except ImportError:
        return fail(2, "cannot import the LibreOffice Python bridge 'uno' with %s; run this script "
                       "with the system interpreter /usr/bin/python3 and install it with "
                       "'apt-get install libreoffice-calc python3-uno'" % sys.executable)

    office = Office()
    watchdog = threading.Timer(args.timeout, office.on_timeout, args=(args.timeout,))
    watchdog.daemon = True
    watchdog.start()
    # A plain kill of this script (e.g. by a test harness) must not leave soffice behind.
    signal.signal(signal.SIGTERM, lambda *_: office.on_signal())
    try:
        started = time.monotonic()
        office.start()
        report = fill_workbook(office, os.path.abspath(args.input), os.path.abspath(args.out),
                               args.format, values, args.allow_locked)
        report["seconds"] = round(time.monotonic() - started, 2)
        print(json.dumps(report, ensure_ascii=False, sort_keys=True))
        return 0
    except Exception as e:  # UNO raises its own exception types
        if office.timed_out:
            return 3
        if isinstance(e, FillError):
            return fail(1, str(e))
        if isinstance(e, OfficeError):
            return fail(2, str(e))
        return fail(2, "LibreOffice failed: %s: %s" % (type(e).__name__, e))
    finally:
        watchdog.cancel()
        office.stop()


def parse_args(argv):
    p = argparse.ArgumentParser(description="Fill a duban workbook through LibreOffice (UNO).")
    p.add_argument("--in", dest="input", required=True, help="the workbook to fill (not modified)")
    p.add_argument("--out", required=True, help="where to store the filled workbook")
    p.add_argument("--values", required=True, help="JSON file with items and filer values")
    p.add_argument("--format", choices=sorted(FILTERS), default="xlsx")
    p.add_argument("--timeout", type=float, default=120.0,
                   help="overall limit in seconds; soffice is killed when it is reached")
    p.add_argument("--allow-locked", action="store_true",
                   help="also write locked cells of protected sheets (simulates tampering)")
    return p.parse_args(argv)


def fail(code, message):
    sys.stderr.write("office_fill: %s\n" % message)
    return code


def read_values(path):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        raise FillError("cannot read values JSON %s: %s" % (path, e))
    if not isinstance(data, dict):
        raise FillError("values JSON must be an object with 'items' and 'filer'")
    items = data.get("items") or {}
    filer = data.get("filer") or {}
    if not isinstance(items, dict) or not all(isinstance(v, dict) for v in items.values()):
        raise FillError("'items' must map item ids to objects of header -> value")
    if not isinstance(filer, dict):
        raise FillError("'filer' must map labels to values")
    unknown = sorted(set(filer) - set(FILER_LABELS))
    if unknown:
        raise FillError("unknown filer labels %s; expected some of %s"
                        % (unknown, list(FILER_LABELS)))
    for key, value in list(filer.items()) + [(k, v) for f in items.values() for k, v in f.items()]:
        if isinstance(value, (bool, list, dict)):
            raise FillError("value of %s must be a number, a string or null, not %r"
                            % (key, value))
    return {"items": items, "filer": filer}


class Office:
    """One private soffice process, its profile and pipe name, and the UNO desktop."""

    def __init__(self):
        self.name = "duban_fill_%d_%s" % (os.getpid(), uuid.uuid4().hex[:12])
        self.workdir = tempfile.mkdtemp(prefix=self.name + "_")
        self.proc = None
        self.desktop = None
        self.timed_out = False
        self._stopped = threading.Lock()

    def start(self):
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if not soffice:
            raise OfficeError("soffice not found on PATH; install it with "
                              "'apt-get install libreoffice-calc python3-uno'")
        profile = os.path.join(self.workdir, "profile")
        cmd = [soffice, "--headless", "--invisible", "--norestore", "--nologo",
               "--nodefault", "--nolockcheck",
               "-env:UserInstallation=" + path_to_url(profile),
               "--accept=pipe,name=%s;urp;" % self.name]
        env = dict(os.environ)
        env.setdefault("HOME", self.workdir)
        # Own process group, so a timeout can kill oosplash and soffice.bin together.
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, env=env, start_new_session=True)
        self.desktop = self._connect()

    def _connect(self):
        import uno
        from com.sun.star.connection import NoConnectException
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.name
        deadline = time.monotonic() + CONNECT_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode("utf-8", "replace").strip()
                raise OfficeError("soffice exited with code %s before accepting a connection%s"
                                  % (self.proc.returncode, (": " + err) if err else ""))
            try:
                ctx = resolver.resolve(url)
                return ctx.ServiceManager.createInstanceWithContext(
                    "com.sun.star.frame.Desktop", ctx)
            except NoConnectException:
                if time.monotonic() > deadline:
                    raise OfficeError("soffice did not accept a UNO connection within %d s"
                                      % CONNECT_TIMEOUT)
                time.sleep(0.25)

    def on_timeout(self, seconds):
        """Watchdog thread: kill soffice; the main thread then fails its UNO call and unwinds."""
        self.timed_out = True
        sys.stderr.write("office_fill: timed out after %g s; killed soffice\n" % seconds)
        sys.stderr.flush()
        self.kill()
        # Should the main thread stay stuck inside a UNO call, leave anyway.
        time.sleep(15)
        shutil.rmtree(self.workdir, ignore_errors=True)
        os._exit(3)

    def on_signal(self):
        self.kill()
        shutil.rmtree(self.workdir, ignore_errors=True)
        os._exit(4)

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def stop(self):
        """Ask soffice to quit, kill its process group if it does not, remove the profile."""
        if not self._stopped.acquire(blocking=False):
            return
        if self.proc is not None and self.proc.poll() is None:
            if not self.timed_out and self.desktop is not None:
                try:
                    self.desktop.terminate()
                except Exception:  # the bridge closes as soffice quits; that is the point
                    pass
                try:
                    self.proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    pass
            self.kill()
        if self.proc is not None:
            self.proc.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)


def path_to_url(path):
    import uno
    return uno.systemPathToFileUrl(os.path.abspath(path))


def prop(name, value):
    from com.sun.star.beans import PropertyValue
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def fill_workbook(office, src, out, fmt, values, allow_locked):
    # Work on a private copy: LibreOffice would otherwise put a lock file next to the input.
    copy = os.path.join(office.workdir, "in" + os.path.splitext(src)[1])
    shutil.copyfile(src, copy)
    doc = office.desktop.loadComponentFromURL(path_to_url(copy), "_blank", 0,
                                              (prop("Hidden", True),))
    if doc is None or not hasattr(doc, "Sheets"):
        raise FillError("LibreOffice could not open %s as a spreadsheet" % src)
    try:
        book = Book(doc, allow_locked)
        written = book.fill_items(values["items"]) + book.fill_filer(values["filer"])
        store(doc, out, fmt)
        return {"out": out, "format": fmt, "cells": written}
    finally:
        try:
            doc.close(True)
        except Exception:
            pass


def store(doc, out, fmt):
    folder = os.path.dirname(out) or "."
    if not os.path.isdir(folder):
        raise FillError("output folder does not exist: %s" % folder)
    # Store beside the target and rename, so a reader never sees a half-written file.
    fd, tmp = tempfile.mkstemp(prefix=".office_fill_", suffix="." + fmt, dir=folder)
    os.close(fd)
    try:
        doc.storeToURL(path_to_url(tmp), (prop("FilterName", FILTERS[fmt]),
                                          prop("Overwrite", True)))
        # mkstemp creates 0600; give the file the mode a normal save would have.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


class Book:
    """The loaded spreadsheet: where items, headers and labels are, and how to write a cell."""

    def __init__(self, doc, allow_locked=False):
        self.doc = doc
        # Hidden sheets (duban's metadata) are out of a unit's reach and may repeat the ids.
        self.sheets = [s for s in (doc.Sheets.getByIndex(i) for i in range(doc.Sheets.Count))
                       if s.IsVisible]
        self.allow_locked = allow_locked

    # ----- items -------------------------------------------------------------------------
    def fill_items(self, items):
        tables = [t for t in (Table.find(s) for s in self.sheets) if t is not None]
        missing_ids, missing_headers, ambiguous, written = [], [], [], 0
        planned = []
        for item_id in sorted(items):
            hits = [(t, r) for t in tables for r in t.rows_of(item_id)]
            if not hits:
                missing_ids.append(item_id)
                continue
            if len(hits) > 1:
                ambiguous.append("%s (%s)" % (item_id, ", ".join(
                    "%s row %d" % (t.name, r + 1) for t, r in hits)))
                continue
            table, row = hits[0]
            for header, value in sorted(items[item_id].items()):
                col = table.column_of(header)
                if col is None:
                    missing_headers.append("%s on sheet %s (item %s)"
                                           % (header, table.name, item_id))
                else:
                    planned.append((table.sheet, col, row, value))
        problems = []
        if missing_ids:
            problems.append("item ids not found in any 编号 column: %s; found: %s"
                            % (", ".join(missing_ids), known_ids(tables)))
        if missing_headers:
            problems.append("column headers not found: %s; headers present: %s"
                            % ("; ".join(missing_headers), "; ".join(
                                "%s: %s" % (t.name, ", ".join(t.headers)) for t in tables)))
        if ambiguous:
            problems.append("item ids found more than once: %s" % "; ".join(ambiguous))
        if problems:
            raise FillError("\n  ".join(problems))
        self.check_unlocked([(sheet, col, row) for sheet, col, row, _ in planned])
        for sheet, col, row, value in planned:
            self.write(sheet, col, row, value)
            written += 1
        return written

    # ----- filer fields --------------------------------------------------------------------
    def fill_filer(self, filer):
        planned, missing = [], []
        for label in sorted(filer):
            targets = [t for s in self.sheets for t in label_targets(s, label)]
            if not targets:
                missing.append(label)
            planned.extend((sheet, col, row, filer[label], label) for sheet, col, row in targets)
        if missing:
            raise FillError("filer labels not found on any sheet: %s" % ", ".join(missing))
        self.check_unlocked([(sheet, col, row) for sheet, col, row, _, _ in planned])
        for sheet, col, row, value, label in planned:
            self.write(sheet, col, row, value, date_label=(label == "填报日期"))
        return len(planned)

    # ----- writing ---------------------------------------------------------------------------
    def check_unlocked(self, planned):
        """Refuse cells a unit could not type into: LibreOffice's API ignores sheet protection."""
        if self.allow_locked:
            return
        locked = ["%s!%s" % (sheet.Name, a1(col, row)) for sheet, col, row in planned
                  if sheet.isProtected()
                  and sheet.getCellByPosition(col, row).CellProtection.IsLocked]
        if locked:
            raise FillError("cells are locked on a protected sheet, a unit could not fill them: "
                            "%s (pass --allow-locked to write them anyway, as a tampering unit "
                            "would after removing the protection)" % ", ".join(locked))

    def write(self, sheet, col, row, value, date_label=False):
        set_cell(self.doc, sheet.getCellByPosition(col, row), value, date_label)


class Table:
    """A sheet with a header row containing 编号: its input columns and item rows."""

    def __init__(self, sheet, header_rows, id_col, data):
        self.sheet = sheet
        self.name = sheet.Name
        self.id_col = id_col
        self.first_data_row = header_rows[-1] + 1
        self.data = data
        self.columns = {}
        for r in header_rows:
            for c, v in enumerate(data[r]):
                text = norm_text(v)
                if text:
                    self.columns.setdefault(text, []).append(c)
        self.headers = sorted(self.columns, key=lambda h: min(self.columns[h]))

    @staticmethod
    def find(sheet):
        data = used_data(sheet)
        for r, row in enumerate(data):
            for c, v in enumerate(row):
                if norm_text(v) == ID_HEADER:
                    rows = [r]
                    # A two-row header leaves the 编号 cell of the lower row empty (merged).
                    while (len(rows) < MAX_HEADER_ROWS and rows[-1] + 1 < len(data)
                           and norm_text(data[rows[-1] + 1][c]) == ""):
                        rows.append(rows[-1] + 1)
                    return Table(sheet, rows, c, data)
        return None

    def rows_of(self, item_id):
        want = item_id.strip()
        return [r for r in range(self.first_data_row, len(self.data))
                if norm_text(self.data[r][self.id_col]) == want]

    def ids(self):
        return [norm_text(self.data[r][self.id_col])
                for r in range(self.first_data_row, len(self.data))
                if norm_text(self.data[r][self.id_col])]

    def column_of(self, header):
        cols = self.columns.get(norm_text(header)) or self.columns.get(squash(header))
        if cols is None:
            # Tolerate line breaks or spaces inside a header cell ("完成比例\n(%)").
            cols = [c for text, cs in self.columns.items() if squash(text) == squash(header)
                    for c in cs]
        if not cols:
            return None
        if len(set(cols)) > 1:
            raise FillError("header %s appears in several columns of sheet %s: %s"
                            % (header, self.name, ", ".join(col_name(c) for c in cols)))
        return cols[0]


def known_ids(tables):
    ids = [i for t in tables for i in t.ids()]
    if not tables:
        return "(no sheet has a %s header)" % ID_HEADER
    return ", ".join(ids[:40]) + (" ..." if len(ids) > 40 else "")


def label_targets(sheet, label):
    """Value cells right of every cell whose text is the label (a trailing colon allowed)."""
    data = used_data(sheet)
    found = []
    for r, row in enumerate(data):
        for c, v in enumerate(row):
            if norm_text(v).rstrip(":：").strip() == label:
                end_col = merged_end_column(sheet, c, r)
                found.append((sheet, end_col + 1, r))
    return found


def merged_end_column(sheet, col, row):
    cursor = sheet.createCursorByRange(sheet.getCellByPosition(col, row))
    cursor.collapseToMergedArea()
    return cursor.getRangeAddress().EndColumn


def used_data(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    addr = cursor.getRangeAddress()
    return sheet.getCellRangeByPosition(0, 0, addr.EndColumn, addr.EndRow).getDataArray()


def set_cell(doc, cell, value, date_label):
    if value is None:
        from com.sun.star.sheet.CellFlags import VALUE, DATETIME, STRING, FORMULA
        cell.clearContents(VALUE | DATETIME | STRING | FORMULA)
    elif isinstance(value, (int, float)):
        cell.setValue(float(value))
    elif date_label and is_date_formatted(doc, cell) and parse_date(value) is not None:
        cell.setValue(date_serial(doc, parse_date(value)))
    else:
        # setString never interprets: "1200家", "12" and "=1" all stay text as given.
        cell.setString(value)


def is_date_formatted(doc, cell):
    from com.sun.star.util.NumberFormat import DATE
    fmt = doc.getNumberFormats().getByKey(cell.NumberFormat)
    return bool(fmt.Type & DATE)


def parse_date(text):
    m = re.fullmatch(r"\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*", text)
    if not m:
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def date_serial(doc, day):
    null = doc.NullDate  # 1899-12-30 for Excel files; read it rather than assume it
    return float((day - datetime.date(null.Year, null.Month, null.Day)).days)


def norm_text(v):
    if isinstance(v, float):  # a number typed into an id column: 3.0 reads as "3"
        return "%d" % v if v.is_integer() else repr(v)
    return v.strip() if isinstance(v, str) else ""


def squash(text):
    return re.sub(r"\s+", "", text)


def col_name(c):
    name = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        name = chr(65 + rem) + name
    return name


def a1(col, row):
    return "%s%d" % (col_name(col), row + 1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
