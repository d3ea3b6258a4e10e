package org.duban.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.Problem;

/**
 * A file duban could not write, as a message the clerk can act on: which file or folder, why
 * (disk full, a file where a folder must be, a folder where a file must be, no permission or
 * open in Excel, read-only disk) and what to do. Every output is written atomically, so the
 * message can promise that what was there before is still whole.
 */
public final class WriteFailures {
  static final String KEPT = "；原有的输出文件保持原样，处理后重新运行即可";

  private WriteFailures() {}

  /** The failure, the path shown relative to the workspace when it lies inside. */
  static DubanException of(Workspace ws, IOException e) {
    return new DubanException(problem(e, ws == null ? null : ws.root()));
  }

  /**
   * @param root the workspace, to show paths inside it relative to it (may be null)
   */
  public static Problem problem(IOException e, Path root) {
    String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "";
    Location where = Location.ofFile(shown(file, root));
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : e.getMessage() == null ? "" : e.getMessage();
    String r = reason.toLowerCase(Locale.ROOT);
    if (r.contains("no space") || r.contains("file too large") || r.contains("not enough space")
        || r.contains("disk quota") || reason.contains("磁盘空间不足") || reason.contains("空间不足")) {
      return Problem.error(where, "磁盘空间不足，文件没有写入",
          "请清理磁盘或把工作区移到空间充足的磁盘" + KEPT);
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
        || r.contains("not a directory")) {
      return Problem.error(where, "这里应是一个文件夹，但有一个同名的文件，无法在其中写入",
          "请把这个文件改名或移走" + KEPT);
    }
    if (e instanceof DirectoryNotEmptyException || r.contains("is a directory")) {
      return Problem.error(where, "这里有一个同名的文件夹，无法写入同名文件", "请把这个文件夹改名或移走" + KEPT);
    }
    if (r.contains("read-only file system")) {
      return Problem.error(where, "所在磁盘是只读的，无法写入", "请把工作区复制到可写的磁盘" + KEPT);
    }
    if (e instanceof AccessDeniedException || r.contains("permission denied") || r.contains("being used")
        || reason.contains("另一个程序正在使用") || reason.contains("拒绝访问")) {
      return Problem.error(where, "没有权限写入（文件可能正在 Excel 或 WPS 中打开，或文件夹是只读的）",
          "请关闭打开的文件，确认文件夹可写" + KEPT);
    }
    return Problem.error(where, "文件无法写入" + (reason.isBlank() ? "" : "（" + reason + "）"),
        "请确认文件没有在 Excel 或 WPS 中打开、磁盘未满、文件夹可写" + KEPT);
  }

  private static String shown(String file, Path root) {
    if (file.isEmpty() || root == null) {
      return file;
    }
    Path p = Path.of(file).toAbsolutePath().normalize();
    return p.startsWith(root) && !p.equals(root) ? root.relativize(p).toString().replace('\\', '/') : file;
  }
}
