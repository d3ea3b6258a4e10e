package org.duban.fillin;

import java.util.ArrayList;
import java.util.List;

/** The hidden sheet's rows as the writer collects them: identity, items, columns, filer cells. */
final class FormMeta {
  final List<String[]> rows = new ArrayList<>();

  void put(String key, String value) {
    rows.add(new String[] {key, value});
  }

  void item(String sheet, int row1, String itemId) {
    rows.add(new String[] {FormFormat.KEY_ITEM, sheet, Integer.toString(row1), itemId});
  }

  void column(String sheet, String field, String letters) {
    rows.add(new String[] {FormFormat.KEY_COLUMN, sheet, field, letters});
  }

  void filer(String label, String sheet, String a1) {
    rows.add(new String[] {FormFormat.KEY_FILER, label, sheet, a1});
  }
}
