package org.rehabprogress.pipeline;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/** The report fixture folder on the test class path, and requests over it. */
final class ReportFixture {

  static final YearMonth MONTH = YearMonth.of(2026, 10);
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  private ReportFixture() {}

  static Path folder(String name) {
    try {
      return Path.of(ReportFixture.class.getResource("/fixtures/report/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Inputs inputs(String name) {
    return new Inputs(folder(name), null, null, null, null, null, null);
  }

  static ReportRequest request(Path out, boolean strict, boolean png) {
    return new ReportRequest(inputs("clinic"), MONTH, out, null, strict, png, false, AS_OF, null);
  }
}
