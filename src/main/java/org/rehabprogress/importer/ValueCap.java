package org.rehabprogress.importer;

/**
 * The longest value an importer reads from an export (SPEC section 7): 1,000 characters, counted as
 * Java counts them (UTF-16 units; a character outside the Basic Multilingual Plane counts two). No
 * field an importer reads comes near it in a real export (a name, a code, a date, a note); a longer
 * one is a crafted or corrupted file. The readers of CSV, XML and JSON sources stream through a
 * filter ({@link CsvCellCap}, {@link XmlValueCap}, {@link JsonStringCap}) that passes at most one
 * character more than the cap of any value, so a value of a gigabyte never reaches the heap, and a
 * record with a field it reads beyond the cap is rejected without the value being copied. Fields an
 * importer does not read (a FHIR document's base64 data) are cut short unseen.
 */
final class ValueCap {

  /** The most characters a value may hold. */
  static final int LIMIT = 1000;

  private ValueCap() {}

  /** Returns whether a value read through a cap filter was longer than the cap. */
  static boolean over(String value) {
    return value.length() > LIMIT;
  }

  /** Returns the fault of a record holding an over-long value in a field. */
  static Fault fault(String field) {
    return new Fault(
        field,
        "",
        field
            + " holds more than 1,000 characters, more than any export writes there; the record is"
            + " not imported and the value is not copied");
  }
}
