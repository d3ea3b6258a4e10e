package org.duban.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.duban.model.DubanException;
import org.duban.model.Location;

/**
 * Keeps two duban processes from working on one workspace at once: the second is told who holds
 * it instead of both writing the same files. The operating system releases the lock when the
 * holder exits, even after a crash or kill -9, so a stale lock file never blocks anyone.
 */
public final class WorkspaceLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private WorkspaceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the workspace's lock, or says clearly that another run holds it. */
  public static WorkspaceLock acquire(Workspace ws) throws DubanException, IOException {
    Files.createDirectories(ws.root());
    Path file = ws.root().resolve(".duban.lock");
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw DubanException.of(Location.ofFile(ws.root().toString()),
          "另一个 duban 正在处理这个工作区",
          "请等它运行结束后再试；如果确定没有其他 duban 在运行，请关闭所有命令行窗口后重试。");
    }
    return new WorkspaceLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
