package org.duban.fillin;

import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * Counts an .xls's sheets, cells and shared-string characters in one pass over its records,
 * before POI builds a usermodel that would cost ten times the file in heap: a 47 MB .xls of
 * plain numbers exhausted a 256 MB heap that way.
 */
final class XlsCount {
  private XlsCount() {}

  static void check(DirectoryNode root) throws Unreadable {
    Counter c = new Counter();
    HSSFRequest request = new HSSFRequest();
    request.addListenerForAllRecords(c);
    try {
      new HSSFEventFactory().abortableProcessWorkbookEvents(request, root);
    } catch (HSSFUserException | java.io.IOException | RuntimeException e) {
      if (c.refusal != null) {
        throw c.refusal;
      }
      // A record POI cannot parse here will fail the usermodel too, with its own message.
      return;
    }
    if (c.refusal != null) {
      throw c.refusal;
    }
  }

  private static final class Counter extends AbortableHSSFListener {
    private final java.util.List<String> names = new java.util.ArrayList<>();
    private int sheet = -1;
    private int cells;
    private long chars;
    private Unreadable refusal;

    @Override
    public short abortableProcessRecord(Record r) {
      if (r instanceof BoundSheetRecord b) {
        names.add(b.getSheetname());
        if (names.size() > ReadLimits.MAX_SHEETS) {
          return abort(Unreadable.tooManySheets(names.size()));
        }
      } else if (r instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
        sheet++;
      } else if (r instanceof MulRKRecord m) {
        cells += m.getNumColumns();
      } else if (r instanceof MulBlankRecord m) {
        cells += m.getNumColumns();
      } else if (r instanceof CellValueRecordInterface) {
        cells++;
      } else if (r instanceof SSTRecord sst) {
        for (int i = 0; i < sst.getNumUniqueStrings(); i++) {
          chars += sst.getString(i).getString().length();
        }
        if (chars > ReadLimits.MAX_TEXT_CHARS) {
          return abort(Unreadable.tooMuchText("文字合计超过 " + ReadLimits.MAX_TEXT_CHARS / 10_000 + " 万字"));
        }
      }
      if (cells > ReadLimits.MAX_XLS_CELLS) {
        String at = sheet >= 0 && sheet < names.size() ? names.get(sheet) : "";
        return abort(Unreadable.tooManyCells(at, ReadLimits.MAX_XLS_CELLS));
      }
      return 0;
    }

    private short abort(Unreadable why) {
      refusal = why;
      return 1;
    }
  }
}
