package org.duban.xlsx;

/**
 * Bounds on what one workbook may unpack to, so a zip bomb is refused before it fills memory.
 *
 * @param maxEntries entries in the zip
 * @param maxEntryBytes uncompressed bytes of one entry
 * @param maxTotalBytes uncompressed bytes of all entries read
 * @param maxRatio uncompressed ÷ compressed size of an entry (checked once it passes 1 MB)
 * @param maxTagBytes bytes of one XML tag with its attributes: a StAX parser holds a whole
 *     attribute value in memory, so one 60 MB attribute exhausts a 256 MB heap
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio,
    int maxTagBytes) {
  /** Generous for a fill-in return (a few KB), far below what hurts a 1 GB heap. */
  public static final ZipLimits RETURNS = new ZipLimits(2_000, 64L << 20, 200L << 20, 200, 1 << 20);

  /**
   * For the files POI opens whole (plan documents, the ledger, master layouts): POI holds each
   * XML part as a tree several times its size, so a part must stay well below what a small heap
   * holds; the ratio is POI's own bomb limit.
   */
  public static final ZipLimits OFFICE_FILES = new ZipLimits(10_000, 24L << 20, 96L << 20, 100, 1 << 20);

  public ZipLimits {
    if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 0 || maxTagBytes <= 0) {
      throw new IllegalArgumentException("zip limits must be positive");
    }
  }
}
