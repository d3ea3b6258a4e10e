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
 * holder exits, even after a crash or kill -9, so a stale lock file never blocks anyone (the
 * file only says which process held it last).
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
          "另一个 duban 正在处理这个工作区" + holder(file),
          "请等它运行结束后再试；如果确定没有其他 duban 在运行，请关闭所有命令行窗口后重试。");
    }
    // Who holds it, for the message above; the lock itself is the operating system's.
    channel.truncate(0);
    channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\t"
        + java.time.LocalDateTime.now().withNano(0) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0);
    return new WorkspaceLock(channel, lock);
  }

  /** "（进程 1234，2025-10-08T09:30:00 开始）", or nothing when the file cannot tell. */
  private static String holder(Path file) {
    try {
      String[] f = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).strip().split("\t");
      return f.length == 2 && f[0].matches("[0-9]+") ? "（进程 " + f[0] + "，" + f[1].replace('T', ' ') + " 开始）" : "";
    } catch (IOException | RuntimeException e) {
      return ""; // Windows keeps a locked file from being read: the message goes without
    }
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
