package dev.limber.core.figure;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How to draw a figure: its size in pixels, whether to animate a drill, whether to show a
 * drill's other keyframes faintly behind a still figure. Immutable and thread-safe; change one
 * option with a {@code with} method.
 *
 * <p>Defaults: 240 px, not animated, other keyframes shown faintly.
 */
public final class FigureOptions {
  private static final FigureOptions DEFAULTS = new FigureOptions(240, false, true);

  private final int size;
  private final boolean animated;
  private final boolean ghosts;

  private FigureOptions(int size, boolean animated, boolean ghosts) {
    checkArgument(size >= 16 && size <= 4096, "size (%s) must be between 16 and 4096", size);
    this.size = size;
    this.animated = animated;
    this.ghosts = ghosts;
  }

  /** The defaults: 240 px, still, other keyframes shown faintly. */
  public static FigureOptions defaults() {
    return DEFAULTS;
  }

  /** The width and height in pixels written on the SVG; it scales to any size. */
  public int size() {
    return size;
  }

  /** Whether a pose with several keyframes moves through them (SVG animation). */
  public boolean animated() {
    return animated;
  }

  /** Whether a still figure of several keyframes shows the others faintly behind the first. */
  public boolean ghosts() {
    return ghosts;
  }

  /**
   * These options with another size.
   *
   * @throws IllegalArgumentException if {@code size} is not between 16 and 4096
   */
  public FigureOptions withSize(int size) {
    return new FigureOptions(size, animated, ghosts);
  }

  /** These options, animated or not. */
  public FigureOptions withAnimated(boolean animated) {
    return new FigureOptions(size, animated, ghosts);
  }

  /** These options, with or without the faint other keyframes. */
  public FigureOptions withGhosts(boolean ghosts) {
    return new FigureOptions(size, animated, ghosts);
  }

  @Override
  public String toString() {
    return "FigureOptions{size=" + size + ", animated=" + animated + ", ghosts=" + ghosts + "}";
  }
}
