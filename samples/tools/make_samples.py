#!/usr/bin/python3
"""Regenerate samples/: one round of returns of seed 002, filled in through LibreOffice.

What it does, in order (a scratch workspace in a temporary folder; nothing else is touched):
  1. duban init      seeds/002_8195aa68cbda74f4.txt -> plan.xlsx (临湘市创新提升行动实施方案, 2024)
  2. the clerk       opens plan.xlsx in LibreOffice, writes 联系人/联系电话 for every unit that is not
                     a collective one, saves it as xlsx                     -> samples/plan.xlsx
  3. duban templates 2024-09 --due 2024-10-08 (and 2024-08, only for the unit that sends the wrong
                     month's form)
  4. the units       fill their workbooks in LibreOffice as RETURNS below says, some cleanly, some
                     with the mistakes real units make, and save them as xlsx or xls
                                                                    -> samples/returns/2024-09/

Every value is computed from the unit, the row's 编号 and its target, with no randomness, so a
rerun types the same values. LibreOffice's files are not byte-identical from run to run (it
stamps save times), which is why the tests compare what the files say, not their bytes.

Usage (from anywhere; needs Java 17 + Maven for ./duban, LibreOffice and python3-uno):
  /usr/bin/python3 samples/tools/make_samples.py [--out DIR] [--keep] [--only F1,F2] [--duban CMD]
  --out    where plan.xlsx and returns/ go (default: the samples/ folder of this repository)
  --keep   keep the scratch workspace and print where it is
  --only   write only these returns (by file name); the tests regenerate a few this way
  --duban  how to run duban (default: the ./duban launcher, which builds the jar when needed)
"""

import argparse
import datetime
import hashlib
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import office_fill  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SEED = os.path.join("seeds", "002_8195aa68cbda74f4.txt")
ROUND, DUE = "2024-09", "2024-10-08"
OTHER_ROUND, OTHER_DUE = "2024-08", "2024-09-06"
# 2024-09 ends at 9/12 of the calendar-2024 plan: 序时进度 75%.
SCHEDULE = 0.75

# The clerk's phone list: unit -> (联系人, 联系电话). Collective units (各镇(街道), …) have none.
CONTACTS = {
    "临湘高新区": ("周敏", "0730-3721001"), "市科工局": ("李建华", "0730-3721002"),
    "市发改局": ("王丽", "0730-3721003"), "市统计局": ("陈刚", "0730-3721004"),
    "市浮标产业发展中心": ("刘洋", "0730-3721005"), "羊楼司竹木家居产业发展中心": ("黄河", "0730-3721006"),
    "市人社局": ("赵静", "0730-3721007"), "市农业农村局": ("孙伟", "0730-3721008"),
    "市住建局": ("吴凡", "0730-3721009"), "市文旅广电局": ("郑洁", "0730-3721010"),
    "市委组织部": ("冯磊", "0730-3721011"), "市教体局": ("何芳", "0730-3721012"),
    "市市场监督管理局": ("朱涛", "0730-3721013"), "市水利局": ("胡斌", "0730-3721014"),
    "市商务粮食局": ("高远", "0730-3721015"), "市政府金融办": ("林琳", "0730-3721016"),
    "市财政局": ("罗军", "0730-3721017"), "市税务局": ("梁爽", "0730-3721018"),
}


class Return:
    """One file that comes back: whose form, saved how and under what name, typed how."""

    def __init__(self, file, unit, filed, filer, fmt="xlsx", round_=ROUND, retype=False,
                 changes=None, story=""):
        self.file, self.unit, self.filed, self.filer = file, unit, filed, filer
        self.fmt, self.round, self.retype = fmt, round_, retype
        self.changes = changes or {}  # item id -> header -> what the unit typed instead
        self.story = story


RETURNS = [
    Return("临湘高新区.xlsx", "临湘高新区", "2024-10-06", ("周敏", "0730-3721001", "钱立新"),
           story="clean; leads the four targets of 二.(一) and holds six sub-targets"),
    Return("市科工局-9月调度表.xlsx", "市科工局", "2024-10-07", ("李建华", "0730-3721002", "张志强"),
           changes={"二.(五)#14": {"累计完成值": "正在统计"}, "二.(五)#2": {"完成状态": None}},
           story="first version: text in a number cell, a status left empty"),
    Return("市科工局-9月调度表（修改版）.xlsx", "市科工局", "2024-10-09",
           ("李建华", "0730-3721002", "张志强"),
           story="the corrected version, a day after the deadline: supersedes the first"),
    Return("市发改局9月报表.xls", "市发改局", "2024-10-08", ("王丽", "0730-3721003", "邓超"),
           fmt="xls", story="clean, saved as Excel 97-2003 .xls"),
    Return("附件2：市市场监督管理局2024年9月工作进展.xlsx", "市市场监督管理局", "2024-10-05",
           ("朱涛", "0730-3721013", "许可"), changes={"指标11": {"累计完成值": "2,350"}},
           story="a thousands separator: 2,350 (万元)"),
    Return("市农业农村局.xlsx", "市农业农村局", "2024-10-08", ("孙伟", "0730-3721008", "唐宁"),
           changes={"指标5@市农业农村局": {"累计完成值": "168家"}},
           story="a number with its measure word: 168家"),
    Return("市统计局报送.xlsx", "市统计局", "2024-10-04", ("陈刚", "0730-3721004", "彭博"),
           changes={"指标1": {"同比增长(%)": "１６．５"}},
           story="full-width digits typed with a Chinese input method: １６．５"),
    Return("市政府金融办.xlsx", "市政府金融办", "2024-10-07", ("林琳", "0730-3721016", "曾辉"),
           changes={"二.(六)#2": {"累计完成值": 1, "完成状态": "已完成"},
                    "二.(六)#4": {"完成状态": None}},
           story="已完成 with a value below the target; a status left empty"),
    Return("市住建局.xlsx", "市住建局", "2024-10-08", ("吴凡", "0730-3721009", "韦东"),
           changes={"指标8@市住建局": {"累计完成值": 112000}},
           story="a unit slip: 112000 (万元) against a share of 15 亿元"),
    Return("市教体局（8月）.xlsx", "市教体局", "2024-10-03", ("何芳", "0730-3721012", "严格"),
           round_=OTHER_ROUND, story="filled last month's form again: refused"),
    Return("新建 Microsoft Excel 工作表.xlsx", "市税务局", "2024-10-06",
           ("梁爽", "0730-3721018", "温和"), story="clean, renamed: recognised by what is inside"),
    Return("市水利局填报.xlsx", "市水利局", "2024-10-07", ("胡斌", "0730-3721014", "江涛"),
           retype=True, story="retyped into a new workbook: no hidden identity, read by headers"),
    Return("市浮标产业发展中心.xlsx", "市浮标产业发展中心", "2024-10-02",
           ("刘洋", "0730-3721005", "毛毅"), story="clean"),
    Return("羊楼司竹木家居产业发展中心.xlsx", "羊楼司竹木家居产业发展中心", "2024-10-08",
           ("黄河", "0730-3721006", "袁野"), story="clean"),
    Return("市财政局.xls", "市财政局", "2024-10-09", ("罗军", "0730-3721017", "蒋平"), fmt="xls",
           story="clean .xls, a day late"),
]

PROGRESS = ["已召开专题调度会，逐项分解任务到股室和责任人", "已完成年度目标任务的阶段性推进，相关工作按计划开展",
            "组织企业申报，已完成材料初审和现场核查", "联合相关部门开展政策宣讲，走访重点企业"]
ISSUES = ["部分企业申报积极性不高", "项目前期手续办理周期较长", "要素保障压力较大", ""]
NEXT = ["加强跟踪调度，确保年底前完成目标", "加大政策宣传和服务力度", "建立问题清单，逐项销号"]
COOPERATION = ["按牵头单位要求提供相关数据和材料", "配合开展企业走访和政策宣传", "参加联席会议，落实分工任务"]

TARGET = re.compile(r"(?P<kind>增长|占比|下降|达成|每年|累计)?(?P<cmp>[≥≤≈=])?(?P<value>\d+(?:\.\d+)?)"
                    r"(?:-(?P<upper>\d+(?:\.\d+)?))?(?P<measure>[^\s（(]*)\s*(?:（[^）]*）)?\s*$")
COUNTED = set("个家项名人件次所座条场篇批套台户")


def share(*parts):
    """A stable number in [0, 1) from the parts: the same unit and row always type the same."""
    digest = hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) / 0x100000000


def typed(unit, item, role, target_text, open_headers):
    """What a careful unit types into one row, as header -> value."""
    u = share(unit, item)
    # Most rows move with 序时进度 (75%), one in eight lags far behind, a few are done early.
    progress = 0.25 + u if u < 0.12 else 0.62 + 0.5 * (u - 0.12) / 0.88
    status = "已完成" if progress >= 1 else "滞后" if progress < 0.5 else "序时推进"
    if role == "配合":
        return {"完成状态": status,
                "工作进展": COOPERATION[int(share(unit, item, "c") * len(COOPERATION))]}
    row = {}
    m = TARGET.search(target_text or "")
    if m is None:
        row["完成比例(%)"] = min(100, int(round(progress * 100)))
    else:
        value = float(m.group("value"))
        kind, measure = m.group("kind"), m.group("measure")
        if kind in ("增长", "下降", "占比"):
            # A rate is not done before the year is out: on course or behind.
            rate = round(value * (0.8 + 0.3 * u), 1)
            header = "同比增长(%)" if kind != "占比" and "同比增长(%)" in open_headers else "累计完成值"
            row[header] = rate
            status = "序时推进" if rate >= 0.9 * value else "滞后"
        elif kind == "达成":
            row["累计完成值"] = 1 if progress >= 1 else 0
        else:
            actual = value * progress
            row["累计完成值"] = int(round(actual)) if measure in COUNTED else round(actual, 1)
    row["完成状态"] = status
    row["工作进展"] = PROGRESS[int(share(unit, item, "p") * len(PROGRESS))]
    if status != "已完成":
        issue = ISSUES[int(share(unit, item, "i") * len(ISSUES))]
        if issue:
            row["存在问题"] = issue
    row["下步打算"] = NEXT[int(share(unit, item, "n") * len(NEXT))]
    return {h: v for h, v in row.items() if h in open_headers}


def rows_of(book):
    """(item id, 责任类型, target text, open input headers) of every row of the form."""
    out = []
    for sheet in book.sheets:
        table = office_fill.Table.find(sheet)
        if table is None:
            continue
        role_col = table.column_of("责任类型")
        target_col = table.column_of("量化目标")
        if target_col is None:
            target_col = table.column_of("目标值")
        for r in range(table.first_data_row, len(table.data)):
            item = office_fill.norm_text(table.data[r][table.id_col])
            if not item:
                continue
            open_headers = {h for h, cols in table.columns.items()
                            if not sheet.getCellByPosition(cols[0], r).CellProtection.IsLocked}
            role = office_fill.norm_text(table.data[r][role_col]) if role_col is not None else ""
            target = office_fill.norm_text(table.data[r][target_col]) if target_col is not None else ""
            out.append((item, role, target, open_headers))
    return out


def fill_return(office, template, ret, out_dir):
    copy = os.path.join(office.workdir, "form.xlsx")
    shutil.copyfile(template, copy)
    doc = office.desktop.loadComponentFromURL(office_fill.path_to_url(copy), "_blank", 0,
                                              (office_fill.prop("Hidden", True),))
    try:
        items = {}
        for item, role, target, open_headers in rows_of(office_fill.Book(doc)):
            items[item] = typed(ret.unit, item, role, target, open_headers)
            items[item].update(ret.changes.get(item, {}))
        unknown = sorted(set(ret.changes) - set(items))
        if unknown:
            raise office_fill.FillError("%s: no rows %s in %s's form" % (ret.file, unknown, ret.unit))
        if ret.retype:
            retyped = retype(office, doc)
            doc.close(True)
            doc = retyped
        book = office_fill.Book(doc)
        book.fill_items(items)
        name, phone, reviewer = ret.filer
        book.fill_filer({"填报人": name, "联系电话": phone, "填报日期": ret.filed, "审核人": reviewer})
        out = os.path.join(out_dir, ret.file)
        office_fill.store(doc, out, ret.fmt)
        # Collect prefers the later 填报日期 and only then the file time; keep both in step.
        stamp = datetime.datetime.fromisoformat(ret.filed + "T17:00:00+08:00").timestamp()
        os.utime(out, (stamp, stamp))
    finally:
        try:
            doc.close(True)
        except Exception:  # already closed after a retype
            pass


def retype(office, form):
    """A new workbook holding only the visible 重点任务 and 指标 cells, as typed over by hand."""
    doc = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                              (office_fill.prop("Hidden", True),))
    sheets = doc.Sheets
    first = sheets.getByIndex(0).Name
    for i, name in enumerate(("重点任务", "指标")):
        sheets.insertNewByName(name, i)
        source = form.Sheets.getByName(name)
        data = office_fill.used_data(source)
        width = max(len(r) for r in data)
        rows = tuple(tuple(r) + ("",) * (width - len(r)) for r in data)
        target = sheets.getByName(name)
        target.getCellRangeByPosition(0, 0, width - 1, len(rows) - 1).setDataArray(rows)
    sheets.removeByName(first)
    return doc


def clerk(office, ledger):
    """Writes the phone list into 责任单位 of plan.xlsx in LibreOffice and saves it in place."""
    copy = os.path.join(office.workdir, "plan.xlsx")
    shutil.copyfile(ledger, copy)
    doc = office.desktop.loadComponentFromURL(office_fill.path_to_url(copy), "_blank", 0,
                                              (office_fill.prop("Hidden", True),))
    try:
        sheet = doc.Sheets.getByName("责任单位")
        data = office_fill.used_data(sheet)
        header = [office_fill.norm_text(v) for v in data[0]]
        name_col, contact_col, phone_col = (header.index(h) for h in ("单位名称", "联系人", "联系电话"))
        found = set()
        for r in range(1, len(data)):
            unit = office_fill.norm_text(data[r][name_col])
            if unit in CONTACTS:
                sheet.getCellByPosition(contact_col, r).setString(CONTACTS[unit][0])
                sheet.getCellByPosition(phone_col, r).setString(CONTACTS[unit][1])
                found.add(unit)
        if found != set(CONTACTS):
            raise office_fill.FillError("units not in plan.xlsx: %s" % sorted(set(CONTACTS) - found))
        office_fill.store(doc, ledger, "xlsx")
    finally:
        doc.close(True)


DUBAN = [os.path.join(REPO, "duban")]


def duban(*args):
    cmd = DUBAN + list(args)
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if done.returncode != 0:
        raise office_fill.FillError("%s failed (%d):\n%s" % (" ".join(args[:2]), done.returncode,
                                                            done.stdout.decode("utf-8", "replace")))


def templates_by_unit(folder, round_):
    """Unit -> its workbook; the names are duban's own: <round>_<unit>_<plan>.xlsx."""
    out = {}
    for f in os.listdir(folder):
        if f.startswith(round_ + "_") and f.endswith(".xlsx"):
            out[f[len(round_) + 1:].rsplit("_", 1)[0]] = os.path.join(folder, f)
    return out


def main(argv):
    p = argparse.ArgumentParser(description="Regenerate samples/ through LibreOffice.")
    p.add_argument("--out", default=os.path.join(REPO, "samples"))
    p.add_argument("--keep", action="store_true")
    p.add_argument("--only", default="",
                   help="comma-separated file names of RETURNS to write (the others are left alone)")
    p.add_argument("--duban", default="",
                   help="command that runs duban, e.g. 'java -cp CLASSPATH org.duban.cli.Main' "
                        "(default: the ./duban launcher of this repository)")
    args = p.parse_args(argv)
    if args.duban:
        DUBAN[:] = shlex.split(args.duban)
    only = [f.strip() for f in args.only.split(",") if f.strip()]
    unknown = sorted(set(only) - {r.file for r in RETURNS})
    if unknown:
        return office_fill.fail(1, "--only names no return of RETURNS: %s" % unknown)
    chosen = [r for r in RETURNS if not only or r.file in only]
    work = tempfile.mkdtemp(prefix="duban_samples_")
    ws = os.path.join(work, "ws")
    office = office_fill.Office()
    watchdog = threading.Timer(900, office.on_timeout, args=(900,))
    watchdog.daemon = True
    watchdog.start()
    signal.signal(signal.SIGTERM, lambda *_: office.on_signal())
    try:
        duban("init", ws, "--plan", os.path.join(REPO, SEED))
        office.start()
        clerk(office, os.path.join(ws, "plan.xlsx"))
        duban("templates", ROUND, "-w", ws, "--due", DUE)
        duban("templates", OTHER_ROUND, "-w", ws, "--due", OTHER_DUE)
        forms = {r: templates_by_unit(os.path.join(ws, "rounds", r, "templates"), r)
                 for r in (ROUND, OTHER_ROUND)}
        returns = os.path.join(args.out, "returns", ROUND)
        if not only and os.path.isdir(returns):
            shutil.rmtree(returns)
        os.makedirs(returns, exist_ok=True)
        for ret in chosen:
            fill_return(office, forms[ret.round][ret.unit], ret, returns)
            print("%-44s %s" % (ret.file, ret.story))
        shutil.copyfile(os.path.join(ws, "plan.xlsx"), os.path.join(args.out, "plan.xlsx"))
        print("written: %s/plan.xlsx and %d returns in %s" % (args.out, len(chosen), returns))
        return 0
    except office_fill.FillError as e:
        return office_fill.fail(1, str(e))
    finally:
        watchdog.cancel()
        office.stop()
        if args.keep:
            print("scratch workspace kept: %s" % ws)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
