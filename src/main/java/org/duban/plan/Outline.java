package org.duban.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Walks the blocks as an outline (一、 > (一) > 1. > (1)), gives each its id from the
 * document's own numbering and its section kind, and collects the goal texts and the measures.
 */
final class Outline {
  /** A measure of a task section before its unit lists are read. */
  static final class Draft {
    final String id;
    final String section;
    final int line;
    final StringBuilder orig = new StringBuilder();
    final StringBuilder norm = new StringBuilder();
    final Object owner;
    /** Started by a plain paragraph under a heading: an introduction if numbered parts follow. */
    boolean intro;
    /** The heading that titles a measure written as heading + paragraph; null otherwise. */
    String title;
    /** The measure this one is numbered under, when that one is a measure too. */
    Draft parent;
    /** Measures numbered under this one. */
    int children;
    /** Where the paragraph appended last begins in {@link #norm}: 0 while there is only one. */
    int lastParagraph;

    Draft(String id, String section, int line, Object owner) {
      this.id = id;
      this.section = section;
      this.line = line;
      this.owner = owner;
    }

    void append(Block b) {
      if (orig.length() > 0 && !Character.isWhitespace(orig.charAt(orig.length() - 1))) {
        // a paragraph of its own (责任单位:… / 时限要求:…) must not run into the one before
        orig.append(' ');
        norm.append(' ');
      }
      if (orig.length() > 0) {
        lastParagraph = norm.length();
      }
      orig.append(b.orig());
      norm.append(b.norm());
    }
  }

  /** Text of a goal section, with the section it belongs to (for its shared deadline). */
  record GoalText(Block block, Object section) {}

  private record Node(
      int rank, String label, SectionKind kind, String heading, Block block) {}

  /** The rank of a part headed by an unnumbered line: above every numbered rank. */
  private static final int UNNUMBERED = -2;

  final List<Draft> drafts = new ArrayList<>();
  final List<GoalText> goals = new ArrayList<>();

  static Outline of(List<Block> blocks, boolean firstLeads) {
    Outline o = new Outline();
    Deque<Node> stack = new ArrayDeque<>();
    Draft current = null;
    boolean seenMarker = false;
    // A heading of a task part that nothing is numbered under is a measure written as a title
    // alone (1.引导群众普遍参与。): it becomes a task once the next block shows it has no parts.
    Draft pending = null;
    int pendingRank = 0;
    for (Block b : blocks) {
      Marker m = b.marker();
      // a part named on a line of its own ends the part before it when that one is a top-level part
      boolean plainPart = m == null && isPlainPartHeading(b)
          && (stack.isEmpty() || stack.peekLast().rank() <= 0);
      if (pending != null) {
        if (plainPart || (m != null && m.rank() <= pendingRank)) {
          o.addDraft(pending);
        }
        pending = null;
      }
      if (plainPart) {
        // 主要目标 / 重点任务 on lines of their own, the items under them numbered 1、 (1)
        stack.clear();
        stack.push(new Node(UNNUMBERED, "", SectionKind.of(b.norm()), b.orig(), b));
        current = null;
        seenMarker = true;
        continue;
      }
      if (m != null) {
        seenMarker = true;
        while (!stack.isEmpty() && stack.peek().rank() >= m.rank()) {
          stack.pop();
        }
        if (current != null && current.intro && !stack.isEmpty() && current.owner == stack.peek()
            && UnitLists.find(current.norm.toString(), current.orig.toString(), firstLeads).isEmpty()) {
          // the paragraph introduced the numbered parts that follow; it is not a task itself
          o.drafts.remove(current);
        }
        SectionKind parent = stack.isEmpty() ? SectionKind.NEUTRAL : stack.peek().kind();
        SectionKind kind = SectionKind.within(parent, b.norm());
        boolean heading =
            b.looksLikeHeading() && UnitLists.find(b.norm(), b.orig(), firstLeads).isEmpty();
        String parentHeading = stack.isEmpty() ? "" : stack.peek().heading();
        Node node = new Node(m.rank(), m.label(), kind, b.rawMarker() + b.orig(), b);
        stack.push(node);
        current = null;
        if (kind == SectionKind.GOAL) {
          o.goals.add(new GoalText(b, goalRoot(stack)));
        } else if (kind == SectionKind.OTHER && !heading && SectionKind.overall(b.norm())
            && SectionKind.statesGoals(b.norm())) {
          // 一、总体要求到2022年,……控制在1%以内: the heading and its goals run together
          o.goals.add(new GoalText(b, node));
        } else if (kind.holdsTasks() && !heading) {
          current = new Draft(idOf(stack), parentHeading, b.line(), node);
          current.append(b);
          current.parent = draftOf(o.drafts, stack);
          o.addDraft(current);
        } else if (kind.holdsTasks() && m.rank() >= 1) {
          pending = new Draft(idOf(stack), parentHeading, b.line(), node);
          pending.append(b);
          pending.title = b.orig().strip().replaceAll("[。.]$", "");
          pending.parent = draftOf(o.drafts, stack);
          pendingRank = m.rank();
        }
      } else if (stack.isEmpty() && !seenMarker && SectionKind.statesGoals(b.norm())) {
        // 总的要求是,……力争经过5年努力,数字经济增加值增长55%以上: goals in the opening paragraph
        o.goals.add(new GoalText(b, null));
      } else {
        SectionKind kind = stack.isEmpty() ? SectionKind.NEUTRAL : stack.peek().kind();
        if (kind == SectionKind.GOAL) {
          o.goals.add(new GoalText(b, goalRoot(stack)));
        } else if (kind == SectionKind.OTHER && SectionKind.overall(stack.peek().block().norm())
            && SectionKind.statesGoals(b.norm())) {
          // 一、总体要求 …… 到2030年,全市每年城镇新增就业保持在35万人以上: the goals, under 总体要求
          o.goals.add(new GoalText(b, stack.peek()));
        } else if (kind.holdsTasks()) {
          if (current != null) {
            String own = current.norm.toString().strip();
            if (current.title == null && own.length() <= 40 && !own.matches(".*[。;!?].*")
                && UnitLists.find(own, current.orig.toString(), firstLeads).isEmpty()) {
              // 1.强化基础设施建设,提升“产业”基础 / 改造提升产业道路5公里。: the phrase titles the measure
              current.title = current.orig.toString().strip();
            }
            current.append(b);
          } else if (!stack.isEmpty() && stack.peek().rank() != UNNUMBERED) {
            Node top = stack.peek();
            Iterator<Node> it = stack.iterator();
            it.next();
            String parentHeading = it.hasNext() ? it.next().heading() : "";
            current = new Draft(idOf(stack), parentHeading, top.block().line(), top);
            current.intro = true;
            current.title = top.block().orig().strip().replaceAll("[。.]$", "");
            // the heading is the measure's title: 4.加强知识产权保护。 / 责任单位:…
            current.append(top.block());
            current.append(b);
            o.drafts.add(current);
          }
        }
      }
    }
    if (pending != null) {
      o.addDraft(pending);
    }
    return o;
  }

  private void addDraft(Draft d) {
    if (d.parent != null) {
      d.parent.children++;
    }
    drafts.add(d);
  }

  /** The draft of the nearest enclosing node that is a measure itself, or null. */
  private static Draft draftOf(List<Draft> drafts, Deque<Node> stack) {
    Iterator<Node> it = stack.iterator();
    it.next();
    while (it.hasNext()) {
      Node n = it.next();
      for (int i = drafts.size() - 1; i >= 0; i--) {
        if (drafts.get(i).owner == n) {
          return drafts.get(i);
        }
      }
    }
    return null;
  }

  /** The outermost node of the goal section the stack is in. */
  private static Object goalRoot(Deque<Node> stack) {
    Node root = null;
    for (Node n : stack) {
      if (n.kind() == SectionKind.GOAL) {
        root = n;
      }
    }
    return root;
  }

  private static String idOf(Deque<Node> stack) {
    List<String> parts = new ArrayList<>();
    Iterator<Node> it = stack.descendingIterator();
    while (it.hasNext()) {
      String label = it.next().label();
      if (!label.isEmpty()) {
        parts.add(label);
      }
    }
    return String.join(".", parts);
  }

  /** A short line of its own that names a part's kind: 主要目标, 重点任务, 保障措施. */
  private static boolean isPlainPartHeading(Block b) {
    String t = b.norm().strip();
    return t.length() <= 12 && b.looksLikeHeading() && SectionKind.of(t) != SectionKind.NEUTRAL;
  }
}
