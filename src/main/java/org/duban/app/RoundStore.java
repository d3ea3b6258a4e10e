package org.duban.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duban.model.DubanException;
import org.duban.model.Location;
import org.duban.model.Problem;
import org.duban.model.Round;
import org.duban.model.RoundData;
import org.duban.xlsx.AtomicFiles;

/**
 * Persists a round's merged data in the round folder ({@code .duban/merged.tsv}) and the round's
 * due date ({@code .duban/due.txt}). The format is described in {@link MergedTsv}.
 */
public final class RoundStore {
  static final String DUE_FILE = "due.txt";

  private RoundStore() {}

  public static void save(Workspace ws, RoundData data) throws IOException {
    save(ws, data, null);
  }

  /** As {@link #save(Workspace, RoundData)}, with the values of parked returns taken from the spool. */
  static void save(Workspace ws, RoundData data, ReturnSpool spool) throws IOException {
    AtomicFiles.write(ws.mergedData(data.round()), out -> MergedTsv.write(data, out, spool));
  }

  /** The round's merged data, or empty when it was never collected. */
  public static Optional<RoundData> load(Workspace ws, Round round) throws DubanException {
    Path file = ws.mergedData(round);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw DubanException.of(Location.ofFile(shown(ws, file)),
          "本轮汇总数据已损坏：不是 UTF-8 文本（可能被其他程序改写过）",
          "请重新运行 duban collect " + round + " 生成该文件，不要手工修改");
    } catch (IOException e) {
      throw DubanException.of(Location.ofFile(shown(ws, file)),
          "无法读取本轮汇总数据：" + e.getMessage(), "请重新运行 duban collect " + round);
    }
    return Optional.of(MergedTsv.read(text, shown(ws, file)));
  }


  /** Rounds of the workspace that have merged data, oldest first. */
  public static List<Round> collectedRounds(Workspace ws) {
    List<Round> out = new ArrayList<>();
    Path dir = ws.roundsDir();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> rounds = Files.newDirectoryStream(dir)) {
      for (Path p : rounds) {
        try {
          Round r = Round.parse(p.getFileName().toString());
          if (Files.isRegularFile(ws.mergedData(r))) {
            out.add(r);
          }
        } catch (IllegalArgumentException notARound) {
          // A folder the clerk made by hand (备份, 旧表): not ours to read.
        }
      }
    } catch (IOException e) {
      return out;
    }
    out.sort(null);
    return out;
  }

  /** Records the round's 报送截止日期, as the templates step sets it. */
  public static void saveDue(Workspace ws, Round round, LocalDate due) throws IOException {
    AtomicFiles.writeString(ws.stateDir(round).resolve(DUE_FILE), due.toString() + "\n");
  }

  /** The round's 报送截止日期, or empty when none was set. */
  public static Optional<LocalDate> loadDue(Workspace ws, Round round) throws DubanException {
    Path file = ws.stateDir(round).resolve(DUE_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    String text = "";
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    } catch (IOException | DateTimeParseException e) {
      throw new DubanException(Problem.error(Location.ofLine(shown(ws, file), 1),
          "报送截止日期“" + text + "”无法读取，应写作 2025-10-10",
          "请重新运行 duban templates " + round + " --due 日期，或改正该文件"));
    }
  }

  /** The file as the clerk finds it in the workspace: rounds/2025-09/.duban/merged.tsv. */
  private static String shown(Workspace ws, Path file) {
    return ws.root().relativize(file).toString().replace('\\', '/');
  }
}
