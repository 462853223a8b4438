package org.rehabprogress.importer;

/**
 * A source record an importer could not map to a canonical row.
 *
 * @param file the source file (or zip entry) name
 * @param location where in the file: a line number, or for XML/JSON the record's position such as
 *     {@code line 1042} or {@code entry 17}
 * @param field the source field at fault, empty when the record as a whole is at fault
 * @param value the offending value, empty when none
 * @param reason what is wrong and what was expected
 */
public record SourceReject(
    String file, String location, String field, String value, String reason) {}
