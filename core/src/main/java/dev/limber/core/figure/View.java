package dev.limber.core.figure;

import java.util.Locale;

/**
 * The direction a figure is seen from, which decides the plane its joint angles move in.
 *
 * <p>In data files each constant is written as its {@link #id() id}.
 */
public enum View {
  /**
   * From the figure's left side: the sagittal plane (flexion and extension). The figure faces to
   * the right of the picture; its left limbs are the near ones, drawn in front.
   */
  SIDE,
  /**
   * From the front: the frontal plane (side bending, abduction). The figure faces the viewer, so
   * its left limbs are on the right of the picture.
   */
  FRONT,
  /**
   * From above, for lying positions: the plane parallel to the floor, the sagittal plane for
   * side-lying and the frontal plane otherwise. No floor line is drawn and the floor is not
   * checked; the mat is drawn under the whole figure.
   */
  TOP;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** The constant's id as written in data files. */
  public String id() {
    return id;
  }

  /**
   * The constant with the given id.
   *
   * @throws IllegalArgumentException if there is none; the message lists the ids
   */
  public static View fromId(String id) {
    for (View v : values()) {
      if (v.id().equals(id)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown view \"" + id + "\"; expected one of side, front, top");
  }
}
