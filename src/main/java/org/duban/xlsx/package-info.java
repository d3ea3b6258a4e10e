/**
 * Small spreadsheet helpers shared by the adapters: atomic writes ({@link
 * org.duban.xlsx.AtomicFiles}), reproducible zip output ({@link org.duban.xlsx.StableZip}), A1
 * references ({@link org.duban.xlsx.CellRef}), bounded unzipping ({@link org.duban.xlsx.SafeZip}
 * with {@link org.duban.xlsx.ZipLimits}) and hardened StAX ({@link org.duban.xlsx.SafeXml}).
 */
package org.duban.xlsx;
