package org.duban.fillin;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.duban.model.Field;

/**
 * One data row of a fill-in sheet as the writer lays it out: the item it stands for, the texts
 * shown by placeholder name, which input fields apply, and last round's values to prefill.
 *
 * @param itemId task id, {@code taskId#n}, goal id or breakdown item id
 * @param shown placeholder name (序号, 编号, 任务内容, ...) -> text or number
 * @param inputs the input fields a unit fills on this row; the others are greyed and locked
 * @param lastRound field -> last round's value (BigDecimal or String)
 */
record FormRow(String itemId, Map<String, Object> shown, Set<Field> inputs, Map<Field, Object> lastRound) {
  FormRow {
    shown = Collections.unmodifiableMap(new LinkedHashMap<>(shown));
    inputs = inputs.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(inputs));
    EnumMap<Field, Object> copy = new EnumMap<>(Field.class);
    copy.putAll(lastRound);
    lastRound = Collections.unmodifiableMap(copy);
  }
}
