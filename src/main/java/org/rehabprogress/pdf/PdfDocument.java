package org.rehabprogress.pdf;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Element;

/**
 * Renders an XHTML document to PDF with openhtmltopdf: CSS paged media ({@code @page} for the paper
 * size), the Liberation Sans font that PDFBox ships embedded (so the same glyphs on every machine,
 * and the arrows and status symbols the pages use), and named drawings for {@code <object
 * type="application/x-rehab-drawing" data-drawing="NAME">} elements. Safe to call from several
 * threads at once, each with its own document.
 */
public final class PdfDocument {

  /** The object type whose elements a {@link Drawing} fills. */
  public static final String DRAWING_TYPE = "application/x-rehab-drawing";

  /** The font family name the templates ask for. */
  public static final String FONT_FAMILY = "Liberation Sans";

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  // Read once: each document parses its own copy, since PDFBox subsets a font per document.
  private static final byte[] FONT_BYTES = fontBytes();

  static {
    // openhtmltopdf logs every layout step through java.util.logging by default: not for a
    // clinician's terminal.
    XRLog.setLoggingEnabled(false);
  }

  private PdfDocument() {}

  /**
   * Writes the PDF of an XHTML document.
   *
   * @param xhtml a well-formed XHTML document; characters XML does not allow are dropped
   * @param drawings the drawings by the name in their object element's {@code data-drawing}
   * @param out where the PDF goes; the caller opens and closes it
   * @throws IOException when the PDF cannot be written to {@code out}
   */
  public static void write(String xhtml, Map<String, Drawing> drawings, OutputStream out)
      throws IOException {
    String text = XmlText.legal(xhtml);
    try (PDDocument pdf = new PDDocument();
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES))) {
      // Without substitution tables: the pages need no ligatures, and PDFBox applies them by
      // compiling a regular expression for every string written, two thirds of a PDF's time.
      ttf.setEnableGsub(false);
      PDType0Font font = PDType0Font.load(pdf, ttf, true);
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(pdf);
      builder.useFont(
          new PDFontSupplier(font), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
      builder.useObjectDrawerFactory(new Drawings(Map.copyOf(drawings)));
      builder.withHtmlContent(text, null);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFWithoutClosing();
        // openhtmltopdf stamps the clock's time as the creation date: no hidden input.
        pdf.getDocumentInformation().setCreationDate(null);
        // PDFBox seeds the file identifier with the clock unless given a seed: the text's hash
        // keeps a rerun's PDF byte-identical (SPEC section 4).
        pdf.setDocumentId((long) text.hashCode());
        pdf.save(out);
      }
    }
  }

  private static byte[] fontBytes() {
    try (InputStream in = PdfDocument.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox's font " + FONT + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Finds the drawing of an object element by its name. */
  private static final class Drawings implements FSObjectDrawerFactory {

    private final Map<String, Drawing> drawings;

    Drawings(Map<String, Drawing> drawings) {
      this.drawings = drawings;
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
      Drawing drawing = drawings.get(e.getAttribute("data-drawing"));
      if (drawing == null) {
        return null;
      }
      return (element, x, y, width, height, device, context, dotsPerPixel) -> {
        double w = width / dotsPerPixel;
        double h = height / dotsPerPixel;
        device.drawWithGraphics(
            (float) x, (float) y, (float) w, (float) h, g -> drawing.draw(g, w, h));
        return null;
      };
    }

    @Override
    public boolean isReplacedObject(Element e) {
      return DRAWING_TYPE.equals(e.getAttribute("type"))
          && drawings.containsKey(e.getAttribute("data-drawing"));
    }
  }
}
