package org.rehabprogress.stats;

/**
 * The sums that {@link LeastSquares} solves with: the cross products of the columns (the intercept,
 * the 0/1 indicators, {@code p - p[0]}) with each other and with {@code y - y[0]}, in the lower
 * triangle of a row-major matrix; for each column its uncentred squared norm (for R's aliasing
 * rule) and the scale of its rounding noise (for the other rule); which columns are constant; and
 * each indicator's count of true values. The intercept's and the indicators' cross products are
 * counts, so exact.
 */
final class CrossProducts {

  /**
   * With at most this many indicators the sums are taken per pattern of indicator values (at most
   * 2^8 of them) in one pass over the pairs; with more, one pass per indicator. The pattern pass is
   * about a quarter quicker for the class model (3 indicators) and the activity model (a few).
   */
  static final int PATTERN_BITS = 8;

  /** Cross products of the columns, {@code t * t}, lower triangle. */
  final double[] gram;

  /** Cross products of the columns with {@code y - y[0]}. */
  final double[] xy;

  /** Each column's squared norm, {@code p} not shifted. */
  final double[] norm2;

  /**
   * Each column's squared variation: its count, or for {@code p} the sum of squares about its mean.
   */
  final double[] scale;

  /** Whether each column is constant over the pairs (never the intercept). */
  final boolean[] constant;

  /** Each indicator's number of pairs with it. */
  final int[] counts;

  /** {@code sum((y - y[0])^2)}. */
  double yy;

  private CrossProducts(int m) {
    int t = m + 2;
    gram = new double[t * t];
    xy = new double[t];
    norm2 = new double[t];
    scale = new double[t];
    constant = new boolean[t];
    counts = new int[m];
  }

  /** Returns the sums of the columns of {@code y ~ 1 + indicators + p}. */
  static CrossProducts of(double[] y, double[] p, boolean[][] indicators) {
    int n = y.length;
    int m = indicators.length;
    int t = m + 2;
    int pc = t - 1;
    CrossProducts s = new CrossProducts(m);
    if (m <= PATTERN_BITS) {
      byPattern(y, p, indicators, s);
    } else {
      byIndicator(y, p, indicators, s);
    }
    double[] gram = s.gram;
    gram[0] = n;
    s.norm2[0] = n;
    s.scale[0] = n;
    for (int j = 0; j < m; j++) {
      int a = j + 1;
      int count = s.counts[j];
      s.constant[a] = count == 0 || count == n;
      gram[a * t] = count;
      gram[a * t + a] = count;
      s.norm2[a] = count;
      s.scale[a] = count;
    }
    double sp = gram[pc * t];
    // p's variation about its mean: the size that rounding noise is measured against.
    s.scale[pc] = Math.max(0, gram[pc * t + pc] - sp * sp / n);
    return s;
  }

  /**
   * Fills the sums from one pass over the pairs: the indicators' values on a pair make a pattern
   * (bit j for indicator j), and the count, {@code sum(p - p[0])} and {@code sum(y - y[0])} of each
   * pattern give every indicator's cross products.
   */
  private static void byPattern(double[] y, double[] p, boolean[][] indicators, CrossProducts s) {
    int n = y.length;
    int m = indicators.length;
    int t = m + 2;
    int pc = t - 1;
    int patterns = 1 << m;
    int[] count = new int[patterns];
    double[] patternP = new double[patterns];
    double[] patternY = new double[patterns];
    double y0 = y[0];
    double p0 = p[0];
    double spp = 0;
    double syy = 0;
    double spy = 0;
    double sp2 = 0;
    boolean constantP = true;
    for (int i = 0; i < n; i++) {
      int pattern = 0;
      for (int j = 0; j < m; j++) {
        pattern |= (indicators[j][i] ? 1 : 0) << j;
      }
      double dp = p[i] - p0;
      double dy = y[i] - y0;
      constantP &= dp == 0;
      count[pattern]++;
      patternP[pattern] += dp;
      patternY[pattern] += dy;
      spp += dp * dp;
      syy += dy * dy;
      spy += dp * dy;
      sp2 += p[i] * p[i];
    }
    double[] gram = s.gram;
    for (int c = 0; c < patterns; c++) {
      if (count[c] == 0) {
        continue;
      }
      gram[pc * t] += patternP[c];
      s.xy[0] += patternY[c];
      for (int j = 0; j < m; j++) {
        if ((c >>> j & 1) == 0) {
          continue;
        }
        int a = j + 1;
        s.counts[j] += count[c];
        gram[pc * t + a] += patternP[c];
        s.xy[a] += patternY[c];
        for (int q = 0; q < j; q++) {
          if ((c >>> q & 1) != 0) {
            gram[a * t + q + 1] += count[c];
          }
        }
      }
    }
    gram[pc * t + pc] = spp;
    s.xy[pc] = spy;
    s.norm2[pc] = sp2;
    s.constant[pc] = constantP;
    s.yy = syy;
  }

  /**
   * Fills the sums from one pass over {@code y} and {@code p} and one over each indicator, which
   * also packs it into bits, so that the days two indicators share are bit counts.
   */
  private static void byIndicator(double[] y, double[] p, boolean[][] indicators, CrossProducts s) {
    int n = y.length;
    int m = indicators.length;
    int t = m + 2;
    int pc = t - 1;
    double y0 = y[0];
    double p0 = p[0];
    double sp = 0;
    double spp = 0;
    double sy = 0;
    double syy = 0;
    double spy = 0;
    double sp2 = 0;
    boolean constantP = true;
    for (int i = 0; i < n; i++) {
      double dp = p[i] - p0;
      double dy = y[i] - y0;
      constantP &= dp == 0;
      sp += dp;
      spp += dp * dp;
      sy += dy;
      syy += dy * dy;
      spy += dp * dy;
      sp2 += p[i] * p[i];
    }
    double[] gram = s.gram;
    s.xy[0] = sy;
    gram[pc * t] = sp;
    gram[pc * t + pc] = spp;
    s.xy[pc] = spy;
    s.norm2[pc] = sp2;
    s.constant[pc] = constantP;
    s.yy = syy;
    int words = (n + 63) >>> 6;
    long[][] bits = new long[m][words];
    for (int j = 0; j < m; j++) {
      boolean[] x = indicators[j];
      long[] packed = bits[j];
      int count = 0;
      double sxp = 0;
      double sxy = 0;
      for (int i = 0; i < n; i++) {
        int v = x[i] ? 1 : 0;
        packed[i >>> 6] |= (long) v << i;
        count += v;
        sxp += v * (p[i] - p0);
        sxy += v * (y[i] - y0);
      }
      int a = j + 1;
      s.counts[j] = count;
      gram[pc * t + a] = sxp;
      s.xy[a] = sxy;
      for (int q = 0; q < j; q++) {
        long[] other = bits[q];
        int both = 0;
        for (int w = 0; w < words; w++) {
          both += Long.bitCount(packed[w] & other[w]);
        }
        gram[a * t + q + 1] = both;
      }
    }
  }
}
