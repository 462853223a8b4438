/**
 * PDF documents from XHTML: the one door to openhtmltopdf and PDFBox.
 *
 * <p>Entry class: {@link org.rehabprogress.pdf.PdfDocument}, which lays out an XHTML text (made by
 * the report package's templates) on A4 pages and draws each {@code <object type="application/
 * x-rehab-drawing">} element with a {@link org.rehabprogress.pdf.Drawing} given by name, as vector
 * graphics through PDFBox's Graphics2D bridge. No file access: it writes to an {@code OutputStream}
 * the caller opens and closes; no clock (the PDF's dates are left out, so the same text gives the
 * same bytes). Uses only openhtmltopdf, PDFBox and java.awt; used by {@code pipeline}.
 */
package org.rehabprogress.pdf;
