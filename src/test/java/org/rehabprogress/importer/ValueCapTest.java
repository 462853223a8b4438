package org.rehabprogress.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The filters that keep over-long values from the heap (SPEC section 7): each passes 1,001
 * characters of a longer value and leaves the text around it, and its structure, as it was.
 */
class ValueCapTest {

  private static final String LONG = "x".repeat(5000);

  @Test
  void cutsALongCsvCellAndLeavesTheOtherCellsAndRecords() throws IOException {
    List<CSVRecord> records =
        csv("name,notes\n" + LONG + ",short\n\"" + LONG + "\",\"a,b\"\nlast,row\n");

    assertEquals(List.of("name", "notes"), cells(records.get(0)));
    assertEquals(1001, records.get(1).get(0).length());
    assertEquals("short", records.get(1).get(1));
    assertEquals(1001, records.get(2).get(0).length());
    assertEquals("a,b", records.get(2).get(1));
    assertEquals(List.of("last", "row"), cells(records.get(3)));
  }

  @Test
  void countsAnEscapedQuoteAsOneCharacter() throws IOException {
    // 999 x and one "" is 1,000 characters: not cut. 1,000 of each is cut at 1,001.
    String fits = "\"" + "x".repeat(999) + "\"\"\",next\n";
    String over = "\"" + "\"\"".repeat(1500) + "\",next\n";

    List<CSVRecord> records = csv(fits + over);

    assertEquals("x".repeat(999) + "\"", records.get(0).get(0));
    assertEquals("\"".repeat(1001), records.get(1).get(0));
    assertEquals("next", records.get(1).get(1));
  }

  @Test
  void capsTheCellsOfARecord() throws IOException {
    String text = "a,b\n" + ",".repeat(20_000) + "\nc,d\n";

    List<CSVRecord> records = csv(text);

    assertEquals(CsvCellCap.MAX_CELLS, records.get(1).size());
    assertEquals(List.of("c", "d"), cells(records.get(2)));
  }

  @Test
  void cutsALongXmlAttributeAndKeepsTheDocumentWellFormed() throws Exception {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE HealthData [\n<!-- a comment with a ' quote -->\n"
            + "<!ATTLIST Record type CDATA #REQUIRED>\n]>\n"
            + "<HealthData><Record type=\""
            + LONG
            + "\" value='ok'/><Record type=\"&amp;"
            + "&amp;".repeat(1500)
            + "\"/><!--"
            + "c-".repeat(3000)
            + " -->text"
            + "t".repeat(3000)
            + "<![CDATA["
            + "]".repeat(3000)
            + "]]><Record type=\"after\"/></HealthData>";

    List<String> types = new ArrayList<>();
    XMLStreamReader reader =
        xmlReader(new XmlValueCap(new ByteArrayInputStream(xml.getBytes(UTF_8))));
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamConstants.START_ELEMENT
          && reader.getLocalName().equals("Record")) {
        types.add(reader.getAttributeValue(null, "type"));
      }
    }

    assertEquals(3, types.size());
    assertEquals(1001, types.get(0).length());
    // An entity reference is one character, passed whole: 1,001 ampersands.
    assertEquals("&".repeat(1001), types.get(1));
    assertEquals("after", types.get(2));
  }

  @Test
  void countsACharacterOutsideTheBasicPlaneAsTwoUnits() throws Exception {
    // 600 emoji are 1,200 UTF-16 units: over the cap, cut after 501 of them (1,002 units).
    String xml = "<r a=\"" + "\uD83D\uDE00".repeat(600) + "\"/>";
    XMLStreamReader reader =
        xmlReader(new XmlValueCap(new ByteArrayInputStream(xml.getBytes(UTF_8))));
    reader.nextTag();

    assertEquals("\uD83D\uDE00".repeat(501), reader.getAttributeValue(null, "a"));
  }

  @Test
  void cutsALongJsonStringCountingAnEscapeAsOneCharacter() throws IOException {
    String json =
        "[{\"activityName\": \""
            + "\\u00e9".repeat(3000)
            + "\", \"startTime\": \"2020-01-01\"}, {\"n\": \"\\\"quoted\\\"\"}]";

    JsonNode tree =
        new ObjectMapper()
            .readTree(new JsonStringCap(new ByteArrayInputStream(json.getBytes(UTF_8))));

    assertEquals("\u00e9".repeat(1001), tree.get(0).get("activityName").asText());
    assertEquals("2020-01-01", tree.get(0).get("startTime").asText());
    assertEquals("\"quoted\"", tree.get(1).get("n").asText());
  }

  @Test
  void passesAValueOfAHundredMegabytesAsAThousandCharacters() throws IOException {
    // A lazily generated document: the value is never held by the test either.
    long size = 100_000_000L;
    byte[] head = "<HealthData><Workout workoutActivityType=\"".getBytes(UTF_8);
    byte[] tail = "\"/></HealthData>".getBytes(UTF_8);

    long passed = count(new XmlValueCap(generated(head, size, tail)));
    assertEquals(head.length + 1001 + tail.length, passed);

    long json =
        count(new JsonStringCap(generated("[\"".getBytes(UTF_8), size, "\"]".getBytes(UTF_8))));
    assertEquals(2 + 1001 + 2, json);
  }

  private static InputStream generated(byte[] head, long size, byte[] tail) {
    return new InputStream() {
      private long at;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long total = head.length + size + tail.length;
        if (at >= total) {
          return -1;
        }
        int n = 0;
        while (n < len && at < total) {
          if (at < head.length) {
            b[off + n++] = head[(int) at++];
          } else if (at < head.length + size) {
            int k = (int) Math.min(len - n, head.length + size - at);
            Arrays.fill(b, off + n, off + n + k, (byte) 'a');
            n += k;
            at += k;
          } else {
            b[off + n++] = tail[(int) (at++ - head.length - size)];
          }
        }
        return n;
      }
    };
  }

  private static long count(InputStream in) throws IOException {
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
    }
    return total;
  }

  private static XMLStreamReader xmlReader(InputStream in) throws Exception {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    return factory.createXMLStreamReader(in);
  }

  private static List<CSVRecord> csv(String text) throws IOException {
    return CSVFormat.DEFAULT
        .builder()
        .get()
        .parse(new CsvCellCap(new StringReader(text)))
        .getRecords();
  }

  private static List<String> cells(CSVRecord record) {
    return record.toList();
  }
}
