package org.duban.app;

import java.nio.file.Path;
import org.duban.model.Round;

/**
 * The folder one plan lives in (SPEC §2): the ledger at the top, one folder per round.
 *
 * <pre>
 * &lt;workspace&gt;/plan.xlsx
 * &lt;workspace&gt;/rounds/&lt;round&gt;/templates/   (per-unit workbooks, 分发清单.xlsx)
 * &lt;workspace&gt;/rounds/&lt;round&gt;/inbox/       (returned files, any names)
 * &lt;workspace&gt;/rounds/&lt;round&gt;/accepted/    (copies of accepted returns, named by unit)
 * &lt;workspace&gt;/rounds/&lt;round&gt;/rejected/    (copies of refused files)
 * &lt;workspace&gt;/rounds/&lt;round&gt;/问题清单/     (one list of problems per unit, to send back)
 * &lt;workspace&gt;/rounds/&lt;round&gt;/收件情况.xlsx
 * &lt;workspace&gt;/rounds/&lt;round&gt;/汇总表.xlsx
 * &lt;workspace&gt;/rounds/&lt;round&gt;/.duban/      (merged data of the round, read by report and later rounds)
 * </pre>
 */
public record Workspace(Path root) {
  public Workspace {
    if (root == null) {
      throw new IllegalArgumentException("a workspace needs a folder");
    }
    root = root.toAbsolutePath().normalize();
  }

  public Path ledger() {
    return root.resolve("plan.xlsx");
  }

  public Path roundDir(Round round) {
    return root.resolve("rounds").resolve(round.toString());
  }

  public Path templates(Round round) {
    return roundDir(round).resolve("templates");
  }

  public Path distributionList(Round round) {
    return templates(round).resolve("分发清单.xlsx");
  }

  public Path inbox(Round round) {
    return roundDir(round).resolve("inbox");
  }

  public Path accepted(Round round) {
    return roundDir(round).resolve("accepted");
  }

  public Path rejected(Round round) {
    return roundDir(round).resolve("rejected");
  }

  public Path problemLists(Round round) {
    return roundDir(round).resolve("问题清单");
  }

  public Path intakeReport(Round round) {
    return roundDir(round).resolve("收件情况.xlsx");
  }

  /** Paste-ready 催报 messages for the units that have not reported. */
  public Path reminders(Round round) {
    return roundDir(round).resolve("催报.txt");
  }

  public Path summary(Round round) {
    return roundDir(round).resolve("汇总表.xlsx");
  }

  /** duban's own state for the round; a user need not open it. */
  public Path stateDir(Round round) {
    return roundDir(round).resolve(".duban");
  }

  /** The merged data of the round, as collect leaves it and report reads it. */
  public Path mergedData(Round round) {
    return stateDir(round).resolve("merged.tsv");
  }

  /** The folder holding all rounds. */
  public Path roundsDir() {
    return root.resolve("rounds");
  }
}
