package org.duban.docs;

/** What a plan document's first bytes say it is, whatever its name claims. */
enum FileKind {
  /** A zip container: .docx (or .xlsx, or any other zip). */
  ZIP,
  /** An OLE2 compound file: .doc, .xls, .wps, or an encrypted Office file. */
  OLE2,
  PDF,
  IMAGE,
  RTF,
  /** No signature known: plain text, or some binary. */
  OTHER;

  /** Classifies the first bytes (at least 8 when the file has them). */
  static FileKind sniff(byte[] head, int n) {
    if (starts(head, n, 0x50, 0x4B, 0x03, 0x04)) {
      return ZIP;
    }
    if (starts(head, n, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return OLE2;
    }
    if (starts(head, n, '%', 'P', 'D', 'F')) {
      return PDF;
    }
    if (starts(head, n, '{', '\\', 'r', 't', 'f')) {
      return RTF;
    }
    if (starts(head, n, 0x89, 'P', 'N', 'G')
        || starts(head, n, 0xFF, 0xD8, 0xFF)
        || starts(head, n, 'G', 'I', 'F', '8')
        || starts(head, n, 'B', 'M')
        || starts(head, n, 'I', 'I', 0x2A, 0x00)
        || starts(head, n, 'M', 'M', 0x00, 0x2A)) {
      return IMAGE;
    }
    return OTHER;
  }

  private static boolean starts(byte[] head, int n, int... sig) {
    if (n < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((head[i] & 0xFF) != sig[i]) {
        return false;
      }
    }
    return true;
  }
}
