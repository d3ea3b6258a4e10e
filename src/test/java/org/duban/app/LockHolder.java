package org.duban.app;

import java.nio.file.Path;

/** A second process for WorkspaceLockTest: takes a workspace's lock, says so, and waits to be killed. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (WorkspaceLock lock = WorkspaceLock.acquire(new Workspace(Path.of(args[0])))) {
      System.out.println("held");
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
