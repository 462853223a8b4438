package org.rehabprogress.pdf;

import java.awt.Graphics2D;

/**
 * Something drawn into a box of a PDF page, such as a chart: vector graphics through Graphics2D.
 * Implementations may be called from the thread that writes the PDF only.
 */
@FunctionalInterface
public interface Drawing {

  /**
   * Draws into the box whose top left corner is the origin.
   *
   * @param g the graphics, in CSS pixels of the page (1/96 inch)
   * @param width the box's width in CSS pixels
   * @param height the box's height in CSS pixels
   */
  void draw(Graphics2D g, double width, double height);
}
