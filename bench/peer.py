#!/usr/bin/env python3
"""The peer: what a clerk's IT helper would write with openpyxl (single process).

Reads every .xlsx in a folder, finds the header row of the 重点任务 sheet, takes the input columns
of every data row and concatenates them into one table, written as CSV. No identification beyond
the file name, no validation: the cheapest script that still does the job by hand-merge standards.
"""
import csv
import pathlib
import sys
import warnings

import openpyxl

# openpyxl warns that duban's styles have no default style; a clerk's script would silence it too.
warnings.filterwarnings("ignore", module="openpyxl")

INPUTS = ["编号", "累计完成值", "完成状态", "完成比例(%)", "工作进展", "存在问题", "下步打算"]


def read(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = []
    for name in ("重点任务", "指标"):
        if name not in wb.sheetnames:
            continue
        header = None
        for row in wb[name].iter_rows(values_only=True):
            cells = ["" if c is None else str(c) for c in row]
            if header is None:
                if "编号" in cells:
                    header = {h: i for i, h in enumerate(cells)}
                continue
            if not any(cells):
                continue
            rows.append([path.name, name] + [cells[header[h]] if h in header and header[h] < len(cells) else "" for h in INPUTS])
    wb.close()
    return rows


def main():
    folder = pathlib.Path(sys.argv[1])
    out = pathlib.Path(sys.argv[2])
    files = sorted(p for p in folder.rglob("*.xlsx"))
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["文件", "工作表"] + INPUTS)
        for p in files:
            w.writerows(read(p))
    print(f"files={len(files)}")


if __name__ == "__main__":
    main()
