/**
 * Plan documents to numbered lines of text, the input of the plan parser.
 *
 * <p>Entry point: {@link org.duban.docs.DocumentReader#read}. The format is judged by the file's
 * first bytes, not its name:
 *
 * <ul>
 *   <li>plain text: a UTF-8 BOM or UTF-16 BOM is obeyed; otherwise a strict UTF-8 decode wins, then
 *       Big5 when ICU4J's detector says so, else GB18030 (a superset of GBK and GB2312). Never the
 *       platform's default charset. One line per line, CRLF/LF/CR.
 *   <li>.docx: body paragraphs and tables in document order; a table row is one line, cells joined
 *       by {@code " | "}; a horizontally merged cell appears once, a vertically merged one repeats
 *       the text above it ({@code 新增规模工业企业 | 各镇(街道) | 5家}); nested tables follow the row that holds
 *       them. Word's automatic list numbers are written out before the paragraph text ({@code 一、},
 *       {@code （二）}, {@code 3.}), since the parser reads the plan's structure from them.
 *   <li>.doc: paragraphs, automatic list numbers written out as for .docx; table rows as in .docx
 *       (Word's cell mark U+0007 becomes {@code " | "}).
 * </ul>
 *
 * <p>Refused with a message naming the file and saying what to do: missing, empty, PDF, image, RTF,
 * encrypted, damaged, binary. Files are read into memory and never written.
 */
package org.duban.docs;
