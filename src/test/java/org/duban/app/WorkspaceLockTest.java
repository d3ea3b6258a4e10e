package org.duban.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
}
