package org.duban.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.duban.model.Plan;
import org.duban.model.Task;

/**
 * Finds the item a row stands for by its 任务内容/指标名称 when its 编号 is blank or retyped
 * wrong: the text must name exactly one of the unit's items. Only items that take one row
 * qualify (a task with several targets has a row per target, which text cannot tell apart).
 */
final class RowsByText {
  /** Shorter texts say too little to be matched inside a task's content. */
  private static final int MIN_PREFIX = 8;

  private record Entry(String item, String name, String content) {}

  private final List<Entry> entries = new ArrayList<>();

  RowsByText(Plan plan, List<String> expectedItems) {
    for (String item : expectedItems) {
      Optional<Task> task = plan.task(item);
      if (task.isPresent()) {
        if (task.get().targets().size() <= 1) {
          entries.add(new Entry(item, norm(task.get().title()), norm(task.get().content())));
        }
      } else if (plan.goal(item).isPresent()) {
        entries.add(new Entry(item, norm(plan.goal(item).get().name()), ""));
      } else {
        Items.breakdown(plan, item).ifPresent(d -> entries.add(new Entry(item, norm(d.goalName()), "")));
      }
    }
  }

  /** A numbering typed before the text: 1. / 1、 / （一） / 一、 / (2). */
  private static final Pattern NUMBERING =
      Pattern.compile("^\\s*(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十\\d]+[.、．])\\s*");

  /** The one item the text names, else empty. */
  Optional<String> match(String shownText) {
    Optional<String> as = matchNormalised(norm(shownText));
    String bare = NUMBERING.matcher(shownText).replaceFirst("");
    return as.isPresent() || bare.equals(shownText) ? as : matchNormalised(norm(bare));
  }

  private Optional<String> matchNormalised(String t) {
    if (t.isEmpty()) {
      return Optional.empty();
    }
    // The text is an item's name; else it begins with one (a name and more), or begins its content.
    Optional<String> exact = only(e -> t.equals(e.name));
    if (exact.isPresent()) {
      return exact;
    }
    return only(e -> !e.name.isEmpty() && e.name.length() >= 4 && t.startsWith(e.name)
        || t.length() >= MIN_PREFIX && e.content.startsWith(t));
  }

  /** The single item that fits; empty for none or two (guessing would put a value on the wrong one). */
  private Optional<String> only(Predicate<Entry> fits) {
    String found = null;
    for (Entry e : entries) {
      if (fits.test(e)) {
        if (found != null && !found.equals(e.item)) {
          return Optional.empty();
        }
        found = e.item;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Letters and digits only: 1.体系化布局 重大科技攻关项目。 = 1体系化布局重大科技攻关项目. */
  static String norm(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }
}
