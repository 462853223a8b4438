package org.rehabprogress.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A value axis whose ticks stay within a rating scale (0-10) while its range leaves room outside
 * the scale for marks such as the flagged-day row, so no tick reads "-1" or "11".
 */
final class ScaleAxis extends NumberAxis {

  private static final long serialVersionUID = 1L;

  private final double scaleLow;
  private final double scaleHigh;

  /**
   * Creates an axis showing {@code lower .. upper} with ticks only in {@code scaleLow ..
   * scaleHigh}.
   */
  ScaleAxis(String label, double lower, double upper, double scaleLow, double scaleHigh) {
    super(label);
    this.scaleLow = scaleLow;
    this.scaleHigh = scaleHigh;
    ChartStyle.axis(this);
    setRange(lower, upper);
    ChartStyle.integers(this);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public List refreshTicks(
      Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List<Tick> kept = new ArrayList<>();
    for (Object tick : super.refreshTicks(g2, state, dataArea, edge)) {
      double value = ((ValueTick) tick).getValue();
      if (value >= scaleLow - 1e-9 && value <= scaleHigh + 1e-9) {
        kept.add((NumberTick) tick);
      }
    }
    return kept;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScaleAxis axis
        && axis.scaleLow == scaleLow
        && axis.scaleHigh == scaleHigh
        && super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
