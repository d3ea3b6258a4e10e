/**
 * The task ledger plan.xlsx, both directions, and the import of an office's own 任务分解表.
 *
 * <p>Entry points: {@link org.duban.ledger.LedgerWriter#write}, {@link
 * org.duban.ledger.LedgerReader#read}, {@link org.duban.ledger.TaskTableImporter#importTable},
 * {@link org.duban.ledger.PlanUnits#complete}.
 *
 * <p>The ledger (SPEC §3): sheets 方案信息 (项目 | 内容), 目标指标, 重点任务, 指标分解, 责任单位 and 解析报告. On reading,
 * columns are found by header text (spaces and full-width forms ignored), in any order, below up to
 * nine title rows; columns the clerk added to 目标指标 and 重点任务 are kept and written back after the
 * standard ones. Cell forms:
 *
 * <ul>
 *   <li>unit lists: {@code 市科技局、市财政局} (also read: ， , ； ; / and line breaks);
 *   <li>量化目标: one target a line, {@code 统筹布局市重大科技计划项目 ≥10个（2025年）}, {@code 新增省级平台 5-6家}, {@code
 *       研发投入 增长≥9%}, {@code 争创国家级平台 达成≥1家};
 *   <li>dates: real date cells, or text {@code 2025-01-01}, {@code 2025/1/1}, {@code 2025年1月1日};
 *   <li>来源: {@code 方案.txt:42} or {@code 表.xlsx 任务!B4}.
 * </ul>
 *
 * <p>Every error names sheet, row and column: {@code 工作表“重点任务”第3行“量化目标”列：第2个目标的写法无法识别}.
 */
package org.duban.ledger;
