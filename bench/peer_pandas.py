#!/usr/bin/python3
"""The peer, pandas flavour: the same job as peer.py written the way an analyst would.

pandas.read_excel on each sheet (openpyxl engine, no header), find the row holding 编号, take
the input columns below it, concat everything and write one CSV. Single process.
"""
import pathlib
import sys
import warnings

import pandas as pd

INPUTS = ["编号", "累计完成值", "完成状态", "完成比例(%)", "工作进展", "存在问题", "下步打算"]

warnings.filterwarnings("ignore", module="openpyxl")


def read(path):
    frames = []
    sheets = pd.read_excel(path, sheet_name=None, header=None, dtype=str, engine="openpyxl")
    for name in ("重点任务", "指标"):
        df = sheets.get(name)
        if df is None:
            continue
        hits = df.index[df.apply(lambda r: (r == "编号").any(), axis=1)]
        if len(hits) == 0:
            continue
        header = df.loc[hits[0]].tolist()
        body = df.loc[hits[0] + 1:].dropna(how="all")
        body.columns = header
        out = pd.DataFrame({h: body[h] if h in body.columns else "" for h in INPUTS})
        out.insert(0, "工作表", name)
        out.insert(0, "文件", path.name)
        frames.append(out)
    return frames


def main():
    folder = pathlib.Path(sys.argv[1])
    out = pathlib.Path(sys.argv[2])
    files = sorted(p for p in folder.rglob("*.xlsx"))
    frames = []
    for p in files:
        frames.extend(read(p))
    pd.concat(frames, ignore_index=True).to_csv(out, index=False)
    print(f"files={len(files)} rows={sum(len(f) for f in frames)}")


if __name__ == "__main__":
    main()
