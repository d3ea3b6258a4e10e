package org.duban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void aBarOnlyOnATerminalAndOnlyForMoreThanAFewFiles() {
    assertTrue(Console.wantsBar(true, Console.FEW + 1));
    assertFalse(Console.wantsBar(true, Console.FEW), "a few files are read before a bar could say anything");
    assertFalse(Console.wantsBar(false, 100_000), "redirected output gets no \\r lines");
  }

  private static String drawn(boolean terminal, int total) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Console console = new Console(new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err, terminal);
    try (Progress p = console.progress("读取", total)) {
      for (int i = 1; i <= total; i++) {
        p.accept(i);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theConsoleDrawsABarOnlyWhenItsOutputIsATerminal() {
    assertEquals("", drawn(false, 500), "redirected");
    assertEquals("", drawn(true, 3), "three files");
    assertTrue(drawn(true, 500).contains("\r读取 [##############################] 500/500"));
  }

  @Test
  void theBarRedrawsInPlaceAndIsClearedAtTheEnd() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "读取", 4)) {
      p.accept(2);
      p.accept(1); // a slower thread reporting late must not move the bar back
      p.accept(4);
    }
    String shown = bytes.toString(StandardCharsets.UTF_8);
    String[] frames = shown.split("\r", -1);
    assertEquals("读取 [###############               ] 2/4", frames[1]);
    assertEquals("读取 [##############################] 4/4", frames[2]);
    assertEquals(5, frames.length, "two frames, then a blank line over them and a return: " + shown);
    assertEquals("", frames[3].strip(), "the last frame is wiped");
  }
}
