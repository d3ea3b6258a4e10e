package org.duban.fillin;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.duban.model.*;
public class Scratch {
  public static void main(String[] a) throws Exception {
    TemplateWriter.write(SamplePlans.small(), Round.parse("2025-09"), "市科技局", LocalDate.of(2025,10,10), Optional.empty(), Path.of("/tmp/fx/kjj.xlsx"));
    ReturnFiller.fill(Path.of("/tmp/fx/kjj.xlsx"), Path.of("/tmp/fx/kjj_f.xlsx"),
      Map.of("二.(一).1", Map.of(Field.ACTUAL, 12, Field.STATUS, "序时推进", Field.PROGRESS, "进展良好"),
             "二.(一).2#1", Map.of(Field.ACTUAL, "1200家"), "指标2", Map.of(Field.GROWTH, 7.5)),
      Map.of("填报人", "李四", "填报日期", LocalDate.of(2025,10,8)));
    RawReturn r = ReturnReader.read(Path.of("/tmp/fx/kjj_f.xlsx"));
    System.out.println(r.identity()); System.out.println(r.fields()); r.rows().forEach(System.out::println); System.out.println(r.readNotes()); System.out.println(r.sheetNames());
  }
}
