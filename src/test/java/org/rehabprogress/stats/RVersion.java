package org.rehabprogress.stats;

/**
 * The R that computed the expected values of this package's tests: R version 4.2.2 Patched
 * (2022-11-10 r83330), Debian 12 build, x86_64. Each expected value has the R call that produced it
 * beside it; figures are printed with {@code sprintf("%.17g", v)} and test vectors with {@code
 * dput(round(x, 4))}, so the literals are the exact decimals R saw.
 */
final class RVersion {

  /** The version string R prints. */
  static final String R = "R version 4.2.2 Patched (2022-11-10 r83330)";

  private RVersion() {}
}
