/**
 * The per-unit fill-in workbook, both directions: {@link org.duban.fillin.TemplateWriter} writes
 * it from a master layout, {@link org.duban.fillin.ReturnReader} reads a returned one back,
 * {@link org.duban.fillin.ReturnFiller} fills one as a unit would (demo and tests). The constants
 * of the format live in one class, {@code FormFormat}, shared by both sides.
 *
 * <h2>Sheets</h2>
 * <ul>
 *   <li>{@code 填报说明}: instructions, with 单位, 轮次 and 截止日期 filled in.
 *   <li>{@code 重点任务}: title (row 1), the filer row (row 2: 填报单位 | 填报人 | 联系电话 |
 *       填报日期 | 审核人, each label followed by its input cell), the header (row 3), then one row
 *       per item: 序号, 编号, 任务内容, 责任类型 (牵头/配合), 量化目标, 完成时限, then the input
 *       columns 累计完成值, 完成状态, 完成比例(%), 工作进展, 存在问题, 下步打算 (headers =
 *       {@code Field.header()}), and the grey 上期填报 note.
 *   <li>{@code 指标}: goal indicators the unit answers for and its breakdown sub-targets: 序号,
 *       编号, 指标名称, 目标值 (bare: {@code ≥350家}, {@code 增长≥18.1%}), 完成时限, 累计完成值,
 *       同比增长(%), 完成状态, 工作进展, 上期填报. A goal the unit holds a share of is asked only
 *       as that share ({@link org.duban.model.Plan#goalsReportedBy}): the goal's completion adds
 *       up the shares, so the whole would be the same figure asked twice.
 *   <li>{@code _duban}: very hidden, the identity (see below).
 * </ul>
 * The positions above are those of the default master; a restyled master may move columns and
 * rows, since every position is recorded in {@code _duban} and headers are matched by text.
 *
 * <h2>Rows and item ids</h2>
 * A task with 0 or 1 target is one row, item id = task id ({@code 二.(一).1}); a task with n &gt; 1
 * targets is n rows, item ids {@code 二.(一).1#1} .. {@code #n}. A goal indicator's item id is its
 * id ({@code 指标1}); a breakdown sub-target's is {@link org.duban.model.Breakdown#itemId()}
 * ({@code 指标1@临湘高新区}). The visible 编号 column shows the item id, so a retyped form can still
 * be matched. Input cells that do not apply are locked and grey: 累计完成值 on a task without a
 * target, 完成比例 on a task with one, 同比增长 on an indicator that is not a growth target.
 *
 * <h2>Identity (survives Excel, WPS and LibreOffice)</h2>
 * Sheet {@code _duban}, every value stored as text (so nothing turns 2025 into 2025.0):
 * <pre>
 * format      | 1
 * planId      | 7d47e0671e1f
 * fingerprint | 0371a8b5010f4ac8
 * round       | 2025-09
 * unit        | 市科技局
 * item        | 重点任务 | 4 | 二.(一).1          (sheet, 1-based row, item id)
 * column      | 重点任务 | ACTUAL | G           (sheet, Field name, column letters)
 * filer       | 填报人 | 重点任务 | E2           (label, sheet, cell)
 * </pre>
 * The same five identity values are custom document properties {@code duban.format},
 * {@code duban.planId}, {@code duban.fingerprint}, {@code duban.round}, {@code duban.unit}, all
 * strings. The reader takes the sheet first, then the properties (a copy-paste into a new file
 * loses both, then the reader matches headers and returns {@code identity == null}). LibreOffice
 * and WPS turn a very hidden sheet into a hidden one and integer properties into decimals; the
 * reader accepts both and notes the first.
 *
 * <h2>Protection</h2>
 * Every visible sheet is protected (password {@code duban}: it keeps the layout, it is no
 * secret); input cells are unlocked and tinted; column widths and row heights stay adjustable.
 * Workbook structure is locked too, which LibreOffice drops on a save; the reader does not rely
 * on it.
 *
 * <h2>Two writing paths, one result</h2>
 * {@code FastTemplate} turns the master once (per run) into a skeleton package with POI and then
 * writes each unit's file by splicing rows into the sheet parts and names into the text parts:
 * about 1.5 ms of CPU a workbook. A master with rows below the repeated row (or merged cells
 * reaching it) takes the POI usermodel path, {@code TemplateWriter.writeWithPoi}, which moves
 * rows; {@code FastPathEquivalenceTest} holds the two to the same cells, styles and locks.
 *
 * <h2>Reading</h2>
 * {@link org.duban.fillin.ReturnReader} never uses the usermodel for xlsx: a bounded unzip and
 * one StAX pass per part ({@code OoxmlSource}); .xls goes through HSSF ({@code XlsSource}); both
 * give a {@code WorkbookData} that {@code ReturnAssembler} turns into the
 * {@link org.duban.model.RawReturn}.
 */
package org.duban.fillin;
