/**
 * Plan import: the text of a plan document (实施方案, 工作方案, 行动计划) to a {@link
 * org.duban.model.Plan}, with every doubt as a {@link org.duban.model.Problem} naming its line.
 * The one entry point is {@link org.duban.plan.PlanParser#parse}. No POI here: the docs package
 * turns txt, docx and doc into lines first (a docx table row arrives as one line, cells joined by
 * {@code " | "}).
 *
 * <h2>Numbering</h2>
 *
 * <p>Four ranks, outermost first; the task id joins the labels with dots ({@code 二.(一).1},
 * {@code 一.(二).1.(1)}):
 *
 * <ul>
 *   <li>{@code 第一部分} {@code 第一章} — rank -1, only at the start of a line (not {@code 第二部分是…});
 *   <li>{@code 一、} — rank 0 (also {@code 一.});
 *   <li>{@code (一)} {@code （一）} — rank 1;
 *   <li>{@code 1.} {@code 1．} {@code 1、} {@code 1. } — rank 2;
 *   <li>{@code (1)} {@code （1）} — rank 3.
 * </ul>
 *
 * <p>A marker counts at the start of a line; inside a line only after the end of a sentence
 * ({@code 。；！？}) and only when it continues its list (2、 after 1、), except {@code (一)}, which
 * counts anywhere when it continues its list. That is what takes apart text that OCR ran together:
 * {@code 明显增强。三、重点任务(一)实施…}.
 *
 * <h2>OCR repair ({@code TextStream})</h2>
 *
 * <ul>
 *   <li>{@code (-)} for {@code (一)};
 *   <li>{@code 工程L建设}: an {@code L} between Chinese characters is {@code 1.} and starts a line;
 *   <li>{@code IOO家}: I, l, O between Chinese characters in a number are 1, 1, 0;
 *   <li>page numbers glued into the text ({@code 二、主 / 2、要目标}): when most lines start with
 *       consecutive numbers {@code N、} and run on mid-word, the numbers are dropped and the lines
 *       joined;
 *   <li>{@code 才隹} (推 split in two) is joined;
 *   <li>readings that some web pages print after characters ({@code 創新(xīn)}, {@code 關(guan)}) are
 *       dropped;
 *   <li>two pages are enough for a page dump when the first is long and breaks off mid-sentence, and
 *       one is enough when a "list item" 1、 holds the document's own parts ({@code 1、某市…计划为…。一、
 *       总体要求}); only numbers that continue the pages' sequence at a mid-sentence break are taken
 *       for page numbers, so the document's own 1、 2、 lists stay.
 * </ul>
 *
 * <p>Inside a line a closing bracket ends a measure like a full stop ({@code …按职责分工负责)二、培育…}),
 * and (一)-numbering may run on through the parts ({@code 二、…(三)…}).
 *
 * <h2>Parts ({@code SectionKind})</h2>
 *
 * <p>A heading names its part by its first words: 目标/指标 (攻坚目标, 工作目标, 行动目标, 主要目标), or
 * a short heading ending in the word ({@code 2024年全区经济社会发展主要预期目标}), make goal
 * indicators; 任务/举措/措施/重点工作 make tasks; 指导思想, 基本原则, 推进机制, 保障措施, 组织领导,
 * commentary (出台背景, 主要内容) and anything before the first heading are read for neither. Parts
 * inherit their parent's kind ({@code 一、培育…动能} says nothing; its {@code (一)工作目标} and {@code
 * (二)重点任务} do). A part that names no kind at all holds tasks: most plans head their parts by
 * topic ({@code 一、推进简政放权,释放发展活力}). A numbered block with sentences or a unit list is a
 * task; a short phrase with no unit list, or one short sentence with measures numbered under it,
 * is a heading, but a heading with nothing numbered or written under it is a measure written as a
 * title alone ({@code 1.引导群众普遍参与。}). Plain paragraphs continue the task before them.
 * Background and organisation parts (起草背景, 重要意义, 主承办单位, 组织机构) hold no tasks; under
 * 总体要求 a paragraph that sets a date (到2030年…35万人以上) states goals.
 *
 * <p>Parts may be named on lines of their own, without a number ({@code 主要目标}, {@code 重点任务},
 * {@code 保障措施}): such a line ends the top-level part before it, and the items under it are
 * numbered within it ({@code 1.(1)}). 基本情况 and 战略方向 are parts that hold no tasks.
 *
 * <p>A covering notice of issue ({@code …现印发给你们,并就有关事项通知如下: 一、各牵头单位要…}) is
 * not part of the plan: its numbered requests are skipped up to the plan's title line.
 *
 * <h2>Unit lists ({@code UnitLists})</h2>
 *
 * <ul>
 *   <li>{@code (市科技局牵头,市财政局、在衡高校等按职责分工负责)} — leads, then cooperators;
 *   <li>{@code (市科技局、市农业农村局、市卫生健康委牵头,…)} — several leads;
 *   <li>{@code (市工业和信息化局牵头负责)} — a lead alone;
 *   <li>{@code (A、B分别牵头)} — both lead;
 *   <li>{@code (責任單位:省科技廳、省發展改革委)}, {@code (A、B等按职责分工负责)} — no lead marker:
 *       every unit leads, unless the document says {@code 列第一位者为牵头单位}, which then holds for
 *       every list;
 *   <li>{@code [市政府办(金融工作科)、…等按职责分工负责]} — square brackets, brackets inside;
 *   <li>{@code 牵头单位:A;配合单位:B、C}, {@code 。责任单位:A、B} without brackets or on a line of
 *       its own (up to the next label, such as {@code 时限要求:持续推进}), and {@code A(牵头)、B};
 *   <li>{@code 〔责任单位:A、B按职责分工负责。具体任务均涉及…,下同。〕}: 〔〕 and 【】 are brackets, and a
 *       sentence after the list is a remark;
 *   <li>the rule may be written {@code 列第一位的为牵头单位}, {@code (第一责任单位为牵头单位,下同)},
 *       {@code 排在首位的为牵头部门};
 *   <li>{@code (责任领导:王明;牵头单位:A)}: the leader in charge is a person, not a unit; a deadline
 *       in the list ({@code ,6月底完成}) is not a unit either;
 *   <li>{@code 各县、市、区人民政府}, {@code 各县市、区政府}: the levels before the body are one unit;
 *       brackets right after a name are part of it ({@code 各县(市、区)政府(管委会)});
 *       {@code A等有关部门} is A;
 *   <li>several lists in one paragraph: one task per list ({@code 二.1-1}, {@code 二.1-2}), each
 *       list covering the sentences before it; the stray {@code 、等} is dropped;
 *   <li>{@code 协同责任单位}, {@code 协办单位} are cooperators like {@code 配合单位}, also on a line of
 *       their own after {@code 牵头责任单位:A} or {@code 责任单位:A}; {@code 牵头负责领导:金力} between
 *       a goal or measure and its units is kept beside it as a 牵头负责领导 column;
 *   <li>{@code 【责任单位】A、B}: the label in brackets, the list after it;
 *   <li>{@code (A负责,B、C按职责分工落实)}: A leads; a closing sentence {@code 由A牵头,B配合。} or
 *       {@code A、B按职责分工负责。} is the measure's list when every name in it ends as a body's does;
 *   <li>{@code (责任单位:A;完成时限:2025年12月底)}: the deadline is the task's and its targets';
 *   <li>{@code 各乡镇人民政府、街道办事处}: the 各 counts for the second body too.
 * </ul>
 *
 * <h2>Targets ({@code Targets}, {@code NamedNumbers})</h2>
 *
 * <p>A number (Arabic or Chinese: 十五名, 两家) with a measure word (家 个 项 名 人 件 亿元 万元 %
 * 个百分点 …) and its qualifiers: amount (达300家, 突破1200家, 10项以上, 超3万亿元), range (5-6个,
 * 3—5家), approximate (15名左右), growth (增长9%以上), share (占比22%以上, 强度达到1.8%), decrease
 * (下降3%), binary (破零, 争创…各1家), annual (每年不少于30个), cumulative (累计突破60亿元), and the
 * slogan {@code A和B数量实现“双破万”} (two targets). The deadline is the last one named earlier in
 * the sentence (到2025年, 2025年6月底前, 年内, 全年; not the base year of 比2021年下降16%); a bare rate
 * listed after a growth or decrease is one too (分别下降24%、25%); in a goal part the first deadline of the part
 * holds for targets that name none. Numbers that are names are skipped: inside quotes or 《》
 * (“4+4科创工程”, “5+10”; but a quoted goal with a comparator, 围绕“链上企业达250家、规模企业60家”
 * 的年度目标, holds targets), joined by + or ×, after 第 前 每 新 政 (第29次, 前50强, 人才新政18条),
 * with a word that is no measure (十大技术攻关, 世界500强, 2025年), a size class (百亿级), the scope of
 * 加大/围绕/聚焦 (加大4个产业集群培育力度), Chinese numerals that neither end a clause nor carry a
 * qualifier (三个重点, 一批), and the terms of a policy: who qualifies (对年营业收入首次突破1亿元的企业
 * 给予奖励), what is paid (给予每个最高5000元补贴), a rate or bracket of a tax rule (减按25%计入,
 * 不超过200万元部分), the size of the set a rank is taken in (退出全国168个重点城市后20位), and a size
 * class that another number counts (五亿元以上企业12家: the target is 12家; 培育25个零售额超过200亿元的
 * 强县: 25个). 不低于 is at least; 增速实现15% and 年均11.3%的增速 are growth. A goal that names nothing
 * of its own and repeats an earlier goal (按年均8%的增速推进) is not a second goal. 余 and 多 mean at
 * least (300余亩, 1000多万袋); a rate with no measure word counts after a rate noun and its bound
 * (死亡率控制在0.011以内); a span of time describing the noun after it (15分钟生活圈, 24小时值守) is not
 * a target.
 * An opening paragraph before the first heading that sets a date (到2027年, 经过5年努力) holds goals.
 *
 * <p>A measure numbered under another measure that has one unit list inherits it; a measure that
 * is only a title with a unit list and has numbered measures under it is a group, not a task; so
 * is a part headed with its unit list ({@code 一、强化人才支撑(市委人才办牵头)}), whose opening
 * sentence then states goals of that part, owned by those units. A
 * plain paragraph under a heading is a task titled by the heading ({@code 4.加强知识产权保护。} /
 * {@code 责任单位:…}) unless numbered parts follow it, which makes it an introduction. A goal
 * followed by its own unit list ({@code (预期性指标,牵头单位:市发改委;责任单位:…)}) takes those
 * units.
 *
 * <h2>Tables ({@code Tables}, {@code IndicatorTable}, {@code TaskTable})</h2>
 *
 * <p>Runs of {@code |}-separated lines are tables, told apart by their header: 指标… makes an
 * indicator table, 任务/工作内容/措施/重点工作 with 牵头/责任单位 a task table (序号 | 重点任务 | 牵头单位 |
 * 配合单位 | 完成时限; with both 牵头单位 and 责任单位 columns the latter are cooperators; a row with a
 * single cell is a section heading, and without such rows a category column (任务类别) merged down
 * its rows is the section; a second header row (责任单位 over 牵头单位 | 配合单位) completes the first;
 * columns of leaders such as 责任领导 or 牵头市领导 are not units but kept beside each task). Any
 * other table is skipped with a note.
 *
 * <p>Tables copied from web pages and PDFs arrive in two more shapes ({@code CellRows}, {@code
 * TaskTable}): a cell per line, regrouped into rows by the numbers of the 序号 column (a header
 * repeated at a page break skipped, spaces where PDF lines wrapped removed); and a row per line
 * whose merged cells appear only in the first row they span (a shorter row takes them from the row
 * above). With several task columns (部署任务 | 落实措施) the last holds the measures; the id then
 * follows the markers along the row ({@code 一.(一).1.(1)}). Two unit names a cell held on two lines
 * ({@code 市行政审批局市司法局}) are split. Rows copied as plain text ({@code SpacedRows}) with their
 * cells separated by tabs, or by spaces under a header such as {@code 序号 类别 主要任务 细化措施 牵头单位
 * 参与单位 责任单位}, are rewritten as {@code |}-rows first: with spaces the row is read from both
 * ends (the number, the unit and deadline columns from the right, the measure as the last piece
 * left). A heading between the rows (一、主要预期目标) becomes a section row; a line made only of unit
 * lists or deadlines goes on the row above (a cell of two lead units broken over lines), and unit
 * pieces beyond the columns belong to the first unit column.
 *
 * <h2>Indicator tables ({@code IndicatorTable})</h2>
 *
 * <p>{@code 指标名称 | 目标任务 | 责任单位}, as a row per line or a cell per line with {@code ||}
 * for merged gaps: a name, its target, then unit cells; {@code 临湘高新区10家} is a sub-target
 * (指标分解). With several year columns ({@code 2023年 | 2025年 | 2027年}) the earliest is the base
 * year and each later one a target of its own; a cell such as {@code ≥79.2} or {@code ≤12.5} takes
 * its measure from the 单位 column; 牵头单位 and 责任单位 columns both give the units, lead first. A row that repeats a goal of the text (same value and measure, similar name) gives
 * that goal its units; other rows become goals of their own.
 */
package org.duban.plan;
