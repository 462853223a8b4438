package org.rehabprogress.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Holm's adjustment against R's {@code p.adjust(p, "holm")} (see {@link RVersion}). */
class HolmTest {

  @Test
  void agreesWithPAdjustWithTies() {
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04), "holm")
    // By hand: sorted 0.005, 0.01, 0.03, 0.04, 0.04, 0.2 times 6, 5, ..., 1 = 0.03, 0.05, 0.12,
    // 0.12, 0.08, 0.2; the running maximum makes the fifth 0.12 (ties end equal).
    double[] p = {0.01, 0.04, 0.03, 0.005, 0.2, 0.04};
    assertArrayEquals(
        new double[] {
          0.050000000000000003, 0.12, 0.12, 0.029999999999999999, 0.20000000000000001, 0.12
        },
        Holm.adjust(p),
        1e-15);
    assertArrayEquals(new double[] {0.01, 0.04, 0.03, 0.005, 0.2, 0.04}, p);
  }

  @Test
  void capsAtOne() {
    // R: p.adjust(c(0.5, 0.001, 0.7, 0.02), "holm")
    assertArrayEquals(
        new double[] {1, 0.0040000000000000001, 1, 0.059999999999999998},
        Holm.adjust(new double[] {0.5, 0.001, 0.7, 0.02}),
        1e-15);
  }

  @Test
  void oneValueIsUnchanged() {
    // R: p.adjust(0.03, "holm")
    assertArrayEquals(new double[] {0.03}, Holm.adjust(new double[] {0.03}));
    assertEquals(0, Holm.adjust(new double[0]).length);
  }

  @Test
  void rejectsValuesOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {0.2, 1.5}));
    assertEquals("p[1] is 1.5; p-values lie in [0, 1]", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {Double.NaN}));
  }
}
