package org.rehabprogress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FooterViewTest {

  @ParameterizedTest
  @CsvSource({"0,0", "999,999", "1000,'1,000'", "495512,'495,512'", "1234567,'1,234,567'"})
  void groupsDigitsInThrees(long n, String text) {
    assertEquals(text, FooterView.grouped(n));
  }

  @Test
  void namesTheToolTheRunDateTheInputsAndTheCatalog() {
    Provenance p =
        new Provenance(
            "0.1.0",
            List.of(
                new Provenance.InputFile("symptoms", "symptoms.csv", 202799, "8d86aa28cb8d1dda33")),
            new Provenance.Catalog("built-in catalog", "ed7acf4233b648ca"),
            Map.of("month", "2026-10"),
            LocalDate.of(2026, 11, 1));
    assertEquals(
        new FooterView(
            "rehab 0.1.0",
            "2026-11-01",
            List.of("symptoms.csv (202,799 bytes, SHA-256 8d86aa28cb8d\u2026)"),
            "built-in catalog (SHA-256 ed7acf4233b6\u2026)"),
        FooterView.of(p));
  }
}
