/**
 * Completion, 序时进度, lights, unit ranking and the 通报 draft: pure arithmetic over the model,
 * no POI.
 *
 * <p>{@link org.duban.completion.Assessor#assess} is the entry point; it returns one
 * {@link org.duban.completion.RoundAssessment} that the summary writer only renders. The rules
 * (SPEC §6):
 *
 * <ul>
 *   <li>amount, approximate, annual, cumulative: 累计完成值 ÷ 目标值; range: ÷ its lower bound;
 *       growth: 同比增长 (else the rate typed into 累计完成值) ÷ target rate; share: ÷ target
 *       share; decrease: reported decrease (or −growth) ÷ target decrease; binary: 0 or 100%;
 *       ≤ limits: 100% while within. A zero target is met by anything not below zero.
 *   <li>no figure: 已完成 = 100%, else 完成比例, else 未启动 = 0, else unknown.
 *   <li>a task's completion comes from its lead(s): several leads average (capped) those that
 *       reported; a task with several targets averages them (capped); shown uncapped otherwise.
 *   <li>a broken-down indicator sums its units' actuals (rates are averaged instead); each unit
 *       is also judged against its own sub-target.
 *   <li>序时进度 counts whole months when the period is whole months (2025-09 of 2025 = 75%),
 *       else days; a task due before the plan's end runs to its deadline; 每年 targets run over
 *       the round's year.
 *   <li>lights: green = done or ≤ 绿灯容差 (10) points behind; amber ≤ 红灯差距 (30); red beyond,
 *       reported 滞后, or past its deadline unfinished; 未评价 when there is nothing to judge.
 * </ul>
 */
package org.duban.completion;
