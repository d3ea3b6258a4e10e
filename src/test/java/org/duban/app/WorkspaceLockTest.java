package org.duban.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.duban.model.DubanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLockTest {
  @Test
  void secondHolderIsToldAndFirstReleaseFreesIt(@TempDir Path dir) throws Exception {
    Workspace ws = new Workspace(dir.resolve("ws"));
    try (WorkspaceLock first = WorkspaceLock.acquire(ws)) {
      DubanException e = assertThrows(DubanException.class, () -> WorkspaceLock.acquire(ws));
      assertTrue(e.problems().get(0).message().contains("另一个 duban 正在处理这个工作区"), e.getMessage());
    }
    assertDoesNotThrow(() -> WorkspaceLock.acquire(ws).close());
  }

  /** Two processes: the second is told which one holds the workspace; a killed holder blocks nobody. */
  @Test
  void anotherProcessHoldsItUntilItIsKilled(@TempDir Path dir) throws Exception {
    Workspace ws = new Workspace(dir.resolve("ws"));
    Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", LockHolder.class.getName(),
        ws.root().toString())).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("held", out.readLine());
      DubanException e = assertThrows(DubanException.class, () -> WorkspaceLock.acquire(ws));
      assertEquals("另一个 duban 正在处理这个工作区（进程 " + holder.pid() + "，", e.problems().get(0).message()
          .substring(0, ("另一个 duban 正在处理这个工作区（进程 " + holder.pid() + "，").length()), e.getMessage());
      assertTrue(e.problems().get(0).message().endsWith(" 开始）"), e.getMessage());
    } finally {
      holder.destroyForcibly();
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
    }
    // kill -9 runs no cleanup, and the lock file stays; the operating system let go of the lock.
    assertTrue(java.nio.file.Files.exists(ws.root().resolve(".duban.lock")));
    assertDoesNotThrow(() -> WorkspaceLock.acquire(ws).close());
  }
}
