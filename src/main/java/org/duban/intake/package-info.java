/**
 * Checking returned forms: identification, number forms, row and cell checks, superseding.
 *
 * <p>Entry points: {@link org.duban.intake.ReturnValidator} (one read return to a verdict, the
 * accepted values and every finding), {@link org.duban.intake.Versions} (one file per unit),
 * {@link org.duban.intake.Items} (item id to target, expected units and rows) and
 * {@link org.duban.intake.IntakeText} (console summary and 催报 text). No POI here.
 *
 * <p>Findings come in three grades: an <em>error</em> means the value (or the whole file) is not
 * used; a <em>warning</em> means it is used but someone should look; a <em>note</em> records a
 * tolerated form that was converted. Every finding names file, sheet and cell.
 *
 * <p>Number forms read from a text cell ({@link org.duban.intake.NumberForms}):
 *
 * <pre>
 * 1,200 / 1，200        1200        note: 千位分隔符已去掉
 * １２００              1200        note: 全角字符已转换为半角
 * 1200家 (target 家)    1200        note: 已去掉计量单位“家”
 * 1200个 (target 家)    1200        warning: 计量单位与目标不同
 * 约50 / 50左右         50          note: 约数按 50 读取
 * 1.2亿元 (target 万元) 12000       note: 已换算为 12000万元
 * 30% (percent field)   30          (as written; a % sign settles it)
 * 0.3 (完成比例)         30          note: 按小数形式理解，取 30%
 * 0.065 (target 8%)     6.5         note: the reading nearer the target wins
 * 0.9 (target 1.8%)     0.9         note: 按 0.9% 读取
 * 0.5 (target 8%)       50          warning: 也可能是指 0.5% (neither reading is clearly nearer)
 * 1 shown as 100%       100         note: 单元格为百分比格式 (Excel stores a typed 100% as 1)
 * / 无 —                (blank)     note: 视为未填写
 * 正在统计 / 五十        (none)      error: 不是数字
 * 30% (target 家)       (none)      error: 填写的是百分数
 * </pre>
 *
 * <p>Dates in 填报日期: a date cell, an Excel day number, or text as 2025-09-30, 2025/9/30,
 * 2025.9.30, 2025年9月30日, 20250930, and 9月30日 (the year nearest the round's end), each
 * converted with a note; anything else is a warning and the file's time stands in.
 *
 * <p>Identification: the embedded identity must name this workspace's plan, the round being
 * collected and a unit asked for a return, else the file is refused saying what it is and what
 * was expected; a changed ledger fingerprint is a warning. Without identity (a retyped form)
 * the rows must carry this plan's 编号, and the unit comes, with a warning, from the first of:
 * the 填报单位 cell, a text above the header (市科技局2025年9月工作进展, 填报单位：市科技局), a
 * sheet name, the file name; a text naming two units decides nothing. A retyped form whose
 * title names another month gets a second warning.
 *
 * <p>A macro-enabled workbook is read like any other (nothing in it is ever run) with a
 * warning asking for .xlsx next time.
 */
package org.duban.intake;
