#!/usr/bin/python3
"""The benchmark driver behind bench/run.sh (stdlib only; run.sh has built duban and the bench classes).

Generates the workloads (cached in bench/work/data, keyed by everything they are made from),
times each command end to end as a user runs it (java -jar target/duban.jar ...), each over
several runs, under /usr/bin/time for wall time, CPU time and peak RSS, and prints the markdown
tables that go into bench/RESULTS.md.
"""
import argparse
import hashlib
import json
import os
import pathlib
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
WORK = BENCH / "work"
BUILT = ROOT / "target" / "duban.jar"
JAR = WORK / "duban.jar"  # a copy: rebuilding target/ while the bench runs must not change what it times
CLASSES = WORK / "classes"
PY = "/usr/bin/python3"  # Debian's python, where python3-openpyxl and python3-pandas live
ROUND, DUE, TODAY = "2025-09", "2025-10-05", "2025-10-08"

# Heaps: collect must stay flat under 256 MB (SPEC §7); templates and report get 1 GB.
HEAP = {"templates": "-Xmx1g", "collect": "-Xmx256m", "report": "-Xmx1g"}


def launcher_flags():
    """The JVM options the `duban` launcher passes, so that timing java -jar is timing what users run."""
    m = re.search(r'^jvm_defaults="([^"]*)"', (ROOT / "duban").read_text(), re.M)
    return m.group(1).split() if m else []


FLAGS = launcher_flags()


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def cpu_prefix():
    """Two cores, as the targets say: pin to CPUs 0 and 1 when the machine has more."""
    if (os.cpu_count() or 1) > 2 and shutil.which("taskset"):
        return ["taskset", "-c", "0,1"]
    return []


def timed(cmd, out_dir, label, ok_codes=(0,)):
    """Runs cmd under /usr/bin/time; returns wall s, cpu s, peak RSS MB and the max heap after GC."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tfile = out_dir / f"{label}.time"
    gc = out_dir / f"{label}.gc.log"
    cmd = [c.replace("@GC@", str(gc)) for c in cmd]
    with open(out_dir / f"{label}.out", "w") as out, open(out_dir / f"{label}.err", "w") as err:
        rc = subprocess.call(["/usr/bin/time", "-f", "%e %U %S %M", "-o", str(tfile)] + cpu_prefix() + cmd,
                             stdout=out, stderr=err, cwd=ROOT)
    if rc not in ok_codes:
        tail = (out_dir / f"{label}.err").read_text(errors="replace")[-2000:]
        sys.exit(f"{label}: exit code {rc} from {' '.join(cmd)}\n{tail}")
    wall, user, sys_, rss = tfile.read_text().split()[-4:]
    heap = None
    if gc.exists():
        after = [int(m) for m in re.findall(r"\d+M->(\d+)M\(", gc.read_text())]
        heap = max(after) if after else 0
    return {"wall": float(wall), "cpu": float(user) + float(sys_), "rss": int(rss) / 1024, "heap": heap}


def java(kind, *args, flags=None):
    return ["java", *(FLAGS if flags is None else flags), HEAP[kind], "-Xlog:gc:file=@GC@",
            "-Dfile.encoding=UTF-8", "-jar", str(JAR), kind, *args]


def gen(*args):
    subprocess.check_call(["java", "-Xmx2g", "-cp", f"{JAR}:{CLASSES}", "Workload", *args], cwd=ROOT,
                          stdout=subprocess.DEVNULL)


def sha(paths):
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


class Data:
    """Generated workspaces, reused while nothing they are made from has changed."""

    def __init__(self, reuse):
        made_from = sorted((BENCH / "src").glob("*.java")) + sorted((ROOT / "seeds").glob("*.txt"))
        # The jar writes the forms and fills them; --reuse-data keeps returns made by an older jar.
        self.key = sha(made_from) + ("" if reuse else sha([JAR]))
        self.dir = WORK / "data"

    def workspace(self, name, shape, units, size, fill, collect=False):
        ws = self.dir / name
        stamp = ws / ".bench-key"
        want = f"{self.key} {shape} {units} {size} {fill} {collect}"
        if stamp.exists() and stamp.read_text() == want:
            return ws
        log(f"  generating {name}: {shape} plan, {units} units, {size} {'rows' if shape == 'county' else 'tasks'}")
        shutil.rmtree(ws, ignore_errors=True)
        gen("prepare", str(ws), shape, str(units), str(size), str(ROOT / "seeds"), ROUND, DUE, TODAY,
            "collect" if collect else "fill" if fill else "plan")
        stamp.write_text(want)
        return ws


def fresh(pristine, name):
    """A copy of a generated workspace for one timed run, so every run does a first run's work."""
    ws = WORK / "run" / name
    shutil.rmtree(ws, ignore_errors=True)
    shutil.copytree(pristine, ws, symlinks=True)
    # A user's inbox was written long before collect runs: flush the copy, or its write-back
    # competes with the timed run.
    os.sync()
    return ws


def median_of(runs):
    keys = runs[0].keys()
    m = {k: statistics.median([r[k] for r in runs]) if runs[0][k] is not None else None for k in keys}
    m["min"] = min(r["wall"] for r in runs)
    m["max"] = max(r["wall"] for r in runs)
    m["runs"] = len(runs)
    return m


def repeat(n, label, make_cmd, before=None, ok_codes=(0,)):
    runs = []
    for i in range(n):
        if before:
            before()
        runs.append(timed(make_cmd(), WORK / "logs", f"{label}.{i}", ok_codes))
        log(f"    {label} run {i + 1}/{n}: {runs[-1]['wall']:.2f} s, {runs[-1]['cpu']:.2f} s CPU, "
            f"{runs[-1]['rss']:.0f} MB")
    return median_of(runs)


def interleaved(tag, jobs):
    """Runs several commands in turn, run 1 of each, then run 2 of each, ...: on a shared machine
    a burst of load then hits all of them alike, so their ratios hold better than their times."""
    results = {job[0]: [] for job in jobs}
    for i in range(max(job[1] for job in jobs)):
        for label, n, make_cmd, before in jobs:
            if i >= n:
                continue
            if before:
                before()
            results[label].append(timed(make_cmd(), WORK / "logs" / tag, f"{label}.{i}"))
            log(f"    {label} run {i + 1}/{n}: {results[label][-1]['wall']:.2f} s, "
                f"{results[label][-1]['cpu']:.2f} s CPU, {results[label][-1]['rss']:.0f} MB")
    return {label: median_of(r) for label, r in results.items()}


def inbox(ws):
    return ws / "rounds" / ROUND / "inbox"


def count_rows(ws):
    """Files and filled rows of an inbox, as the peer reads them (for per-row costs)."""
    csv = WORK / "logs" / "count.csv"
    subprocess.check_call([PY, str(BENCH / "peer.py"), str(inbox(ws)), str(csv)], stdout=subprocess.DEVNULL)
    lines = csv.read_text(encoding="utf-8").count("\n") - 1
    files = len(list(inbox(ws).glob("*.xlsx")))
    size = sum(p.stat().st_size for p in inbox(ws).glob("*.xlsx"))
    return files, lines, size


def machine():
    cpu = "?"
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = pathlib.Path("/proc/meminfo").read_text().split("\n")[0].split()[1]
    jv = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return {
        "cpu": cpu, "cores": os.cpu_count(), "pinned": bool(cpu_prefix()),
        "memory_gb": round(int(mem) / 1024 / 1024, 1), "java": jv[1] if len(jv) > 1 else jv[0],
        "os": platform.platform(), "load_start": os.getloadavg(),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="small sizes, one run each: checks the harness works")
    ap.add_argument("--runs", type=int, default=None, help="runs per measurement (default 5, quick 1)")
    ap.add_argument("--reuse-data", action="store_true", help="keep workloads generated by an older jar")
    ap.add_argument("--only", default="", help="comma list of templates,collect,report (default all)")
    ap.add_argument("--prepare", action="store_true", help="only generate the workloads, time nothing")
    ap.add_argument("--render", metavar="JSON", help="print the tables of an earlier run's results.json")
    a = ap.parse_args()
    if a.render:
        print(render(json.loads(pathlib.Path(a.render).read_text())))
        return
    runs = a.runs or (1 if a.quick else 5)
    big_runs = min(runs, 3)  # the slow baselines at the largest size
    only = set(a.only.split(",")) if a.only else {"templates", "collect", "report"}
    if a.quick:
        templates = [("t10", 10, 10)]
        collects = [("c10", 10, 10), ("c20", 20, 10)]
        rows_variant = None
        report = ("r100", 10, 100)
    else:
        templates = [("t100", 100, 30), ("t1000", 1000, 30)]
        collects = [("c200", 200, 50), ("c2000", 2000, 50)]
        rows_variant = ("c200x200", 200, 200)
        report = ("r10000", 500, 10_000)
    shutil.rmtree(WORK / "logs", ignore_errors=True)
    shutil.copyfile(BUILT, JAR)
    data = Data(a.reuse_data)
    if a.prepare:
        for name, units, rows in templates:
            data.workspace(name, "county", units, rows, fill=False)
        for name, units, rows in collects + ([rows_variant] if rows_variant else []):
            data.workspace(name, "county", units, rows, fill=True)
        data.workspace(report[0], "departments", report[1], report[2], fill=True, collect=True)
        return
    res = {"machine": machine(), "quick": a.quick, "runs": runs, "flags": FLAGS, "startup": None,
           "templates": [], "collect": [], "report": None}

    log("JVM start-up (duban --version)")
    res["startup"] = repeat(runs, "startup", lambda: ["java", *FLAGS, "-jar", str(JAR), "--version"])

    if "templates" in only:
        for name, units, rows in templates:
            log(f"templates for {units} units")
            ws = data.workspace(name, "county", units, rows, fill=False)
            run_ws = fresh(ws, name)
            m = repeat(runs, f"templates-{units}", lambda: java("templates", ROUND, "-w", str(run_ws), "--due", DUE),
                       before=lambda: shutil.rmtree(run_ws / "rounds", ignore_errors=True))
            res["templates"].append({"units": units, "rows": rows, "duban": m})

    if "collect" in only:
        todo = collects + ([rows_variant] if rows_variant else [])
        for name, units, rows in todo:
            log(f"collect: {units} units, {rows} rows per town form")
            ws = data.workspace(name, "county", units, rows, fill=True)
            files, lines, size = count_rows(ws)
            largest = units == max(u for _, u, _ in todo)
            n = big_runs if largest else runs
            holder = {}

            def reset(ws=ws, name=name):
                holder["ws"] = fresh(ws, name)

            m = interleaved(name, [
                ("duban", runs, lambda: java("collect", ROUND, "-w", str(holder["ws"]), "--today", TODAY), reset),
                ("openpyxl", n, lambda: [PY, str(BENCH / "peer.py"), str(inbox(ws)), str(WORK / "logs" / "peer.csv")],
                 None),
                # pandas takes minutes at the largest size: one run there
                ("pandas", 1 if largest else n, lambda: [PY, str(BENCH / "peer_pandas.py"), str(inbox(ws)),
                                                          str(WORK / "logs" / "pandas.csv")], None),
                # the limit gets the launcher's JVM options too: they make it faster as well
                ("bare", runs, lambda: ["java", *FLAGS, "-Xmx256m", "-cp", str(CLASSES), "BareReader", str(inbox(ws)),
                                        "2"], None),
                # what the launcher's options are worth: the same collect with the JVM's defaults, once
                ("jvmdefaults", 1, lambda: java("collect", ROUND, "-w", str(holder["ws"]), "--today", TODAY,
                                                flags=[]), reset),
            ])
            res["collect"].append({"name": name, "units": units, "rows": rows, "files": files, "lines": lines,
                                   "bytes": size, **m})

    if "report" in only:
        name, units, tasks = report
        log(f"report: {tasks} tasks, {units} units")
        ws = data.workspace(name, "departments", units, tasks, fill=True, collect=True)
        run_ws = fresh(ws, name)
        m = repeat(runs, f"report-{tasks}", lambda: java("report", ROUND, "-w", str(run_ws)))
        res["report"] = {"units": units, "tasks": tasks, "duban": m}

    res["machine"]["load_end"] = os.getloadavg()
    (WORK / "results.json").write_text(json.dumps(res, indent=1, ensure_ascii=False))
    text = render(res)
    (WORK / "results.md").write_text(text, encoding="utf-8")
    print(text)


def render(res):
    mc = res["machine"]
    out = []
    w = out.append
    w(f"Machine: {mc['cores']} cores ({mc['cpu']}){', runs pinned to CPUs 0-1' if mc['pinned'] else ''}, "
      f"{mc['memory_gb']} GB memory, {mc['java']}, {mc['os']}.")
    w(f"Load average at start {mc['load_start'][0]:.2f}, at end {mc['load_end'][0]:.2f}; "
      f"{res['runs']} runs per figure unless the table says otherwise; medians."
      + (" QUICK MODE: sizes too small for the figures to mean anything." if res["quick"] else ""))
    st = res["startup"]
    w(f"duban runs as its launcher runs it: `java {' '.join(res['flags'])} -Xmx… -jar target/duban.jar …`; "
      "the limit gets the same JVM options.")
    w(f"JVM start-up (`java … -jar duban.jar --version`): {st['wall']:.2f} s wall, {st['rss']:.0f} MB RSS; "
      "it is included in every duban and bare-reader figure below.")
    w("")
    w("| command | workload | heap | runs | wall s (median) | min–max s | CPU s | peak RSS MB | max heap after GC MB |")
    w("|---|---|---|---|---|---|---|---|---|")

    def row(cmd, workload, heap, m):
        hp = "" if m.get("heap") is None else f"{m['heap']:.0f}"
        w(f"| {cmd} | {workload} | {heap} | {m['runs']} | {m['wall']:.2f} | {m['min']:.2f}–{m['max']:.2f} "
          f"| {m['cpu']:.2f} | {m['rss']:.0f} | {hp} |")

    for t in res["templates"]:
        row("duban templates", f"{t['units']} units, ~{t['rows']} rows each", HEAP["templates"][4:], t["duban"])
    for c in res["collect"]:
        wl = f"{c['files']} returns × ~{c['rows']} rows ({c['lines']} rows, {c['bytes'] / 1e6:.1f} MB)"
        row("duban collect", wl, HEAP["collect"][4:], c["duban"])
        row("peer openpyxl (1 process)", wl, "", c["openpyxl"])
        row("peer pandas (1 process)", wl, "", c["pandas"])
        row("limit: unzip + StAX (2 threads)", wl, "256m", c["bare"])
        row("duban collect, JVM default options", wl, HEAP["collect"][4:], c["jvmdefaults"])
    if res["report"]:
        r = res["report"]
        row("duban report", f"{r['tasks']} tasks, {r['units']} units", HEAP["report"][4:], r["duban"])
    if res["collect"]:
        w("")
        ratios(w, res, "wall", "Collect against the baselines, same files, same run (medians of wall seconds):")
        w("")
        ratios(w, res, "cpu", "The same in CPU seconds (user + system of all threads; the peers use one core, "
                              "duban and the limit two):")
        w("")
        w(growth(res))
    w("")
    w(targets(res))
    return "\n".join(out) + "\n"


def ratios(w, res, key, title):
    w(title)
    w("")
    w("| returns | rows per return | duban | openpyxl | pandas | limit | openpyxl ÷ duban | pandas ÷ duban "
      "| duban ÷ limit |")
    w("|---|---|---|---|---|---|---|---|---|")
    for c in res["collect"]:
        d, p, pd, b = (c[k][key] for k in ("duban", "openpyxl", "pandas", "bare"))
        w(f"| {c['files']} | {c['lines'] / c['files']:.0f} | {d:.2f} | {p:.2f} | {pd:.2f} | {b:.2f} | {p / d:.1f}× "
          f"| {pd / d:.1f}× | {d / b:.1f}× |")


def growth(res):
    """How collect's cost grows with N and with rows per return, in wall and CPU seconds, start-up taken out."""
    st = res["startup"]
    cs = res["collect"]

    def cost(c, key):
        return max(c["duban"][key] - st[key], 1e-3)

    base = [c for c in cs if c["rows"] == cs[0]["rows"]]
    parts = []
    if len(base) >= 2:
        a, b = base[0], base[-1]
        parts.append(
            f"Growth with N: {a['files']} → {b['files']} returns ({b['files'] / a['files']:.0f}× the files) costs "
            f"{cost(b, 'wall') / cost(a, 'wall'):.1f}× the wall time and {cost(b, 'cpu') / cost(a, 'cpu'):.1f}× the CPU "
            f"time after start-up ({1000 * cost(a, 'cpu') / a['files']:.1f} → {1000 * cost(b, 'cpu') / b['files']:.1f} "
            f"ms CPU per return: the fixed cost of reading the ledger and loading POI spreads out); peak RSS "
            f"{a['duban']['rss']:.0f} → {b['duban']['rss']:.0f} MB, max heap after GC {a['duban']['heap']} → "
            f"{b['duban']['heap']} MB under -Xmx256m.")
    wide = [c for c in cs if c["rows"] != cs[0]["rows"]]
    if wide and base:
        a, b = base[0], wide[0]
        parts.append(
            f"Growth with rows per return: {a['lines'] / a['files']:.0f} → {b['lines'] / b['files']:.0f} rows per "
            f"return at {b['files']} returns ({b['lines'] / a['lines']:.1f}× the rows) costs "
            f"{cost(b, 'wall') / cost(a, 'wall'):.1f}× the wall time and {cost(b, 'cpu') / cost(a, 'cpu'):.1f}× the CPU "
            f"time ({1000 * cost(a, 'cpu') / a['lines']:.2f} → {1000 * cost(b, 'cpu') / b['lines']:.2f} ms CPU per row); "
            f"the limit {b['bare']['cpu'] / a['bare']['cpu']:.1f}× CPU, openpyxl "
            f"{b['openpyxl']['cpu'] / a['openpyxl']['cpu']:.1f}× CPU.")
    return " ".join(parts)


def targets(res):
    lines = ["Targets (SPEC §7, issues 5-7):", ""]

    def check(ok, text):
        lines.append(f"- {'met' if ok else 'NOT MET'}: {text}")

    for c in res["collect"]:
        if c["units"] >= 2000:
            d, p, b = c["duban"]["wall"], c["openpyxl"]["wall"], c["bare"]["wall"]
            check(d <= 6, f"collect of {c['files']} returns in at most 6 s: {d:.2f} s")
            check(p / d >= 4, f"at least 4× faster than the openpyxl peer: {p / d:.1f}×")
            check(d / b <= 3, f"within 3× of the limit: {d / b:.1f}×")
    base = [c for c in res["collect"] if c["rows"] == res["collect"][0]["rows"]] if res["collect"] else []
    if len(base) >= 2:
        a, b = base[0]["duban"], base[-1]["duban"]
        check(b["heap"] <= 1.5 * max(a["heap"], 32), f"collect memory flat in N under -Xmx256m: max heap after GC "
              f"{a['heap']} → {b['heap']} MB, peak RSS {a['rss']:.0f} → {b['rss']:.0f} MB")
    for t in res["templates"]:
        if t["units"] >= 1000:
            check(t["duban"]["wall"] <= 10, f"templates for {t['units']} units in at most 10 s: {t['duban']['wall']:.2f} s")
    if res["report"]:
        r = res["report"]
        check(True, f"summary of {r['tasks']} tasks and {r['units']} units written in a 1 GB heap "
              f"({r['duban']['wall']:.2f} s, peak RSS {r['duban']['rss']:.0f} MB, max heap after GC {r['duban']['heap']} MB)")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
