package dev.limber.core.figure;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A joint of the figure, and the range of motion a pose may give it.
 *
 * <p>Angles are in degrees, 0 in the standing anatomical position, and mean a movement in the
 * plane of the pose's {@link View}: for a side view, <b>positive is flexion</b> (the distal
 * segment moves toward the front of the body: arm raised forward, thigh forward, forearm and hand
 * curled toward the front, knee bent with the heel going back, head and trunk bent forward, ankle
 * toes up) and negative is extension. For a front view, positive is <b>toward the figure's left
 * for the trunk, spine and neck, and away from the midline for a limb</b> (abduction; an elbow
 * folds the forearm on toward the head; a knee flexes a leg turned out, the knee pointing
 * to the side as in a side lunge or a butterfly, so the shank folds back toward the midline).
 * {@link #TRUNK} is not a joint but the tilt of the lower
 * trunk from upright: positive leans toward the face (90 is face down, horizontal), negative
 * leans back (-90 is lying on the back); in a front view positive leans to the figure's left.
 *
 * <p>Ranges are the normal active ranges of the American Academy of Orthopaedic Surgeons (AAOS,
 * <i>Joint Motion: Method of Measuring and Recording</i>, 1965), as tabulated in Norkin and White,
 * <i>Measurement of Joint Motion: A Guide to Goniometry</i>, 5th ed., 2016, appendix A, with
 * these documented allowances for positions the 2D model draws: the wrist allows 90 either way
 * (forearm rotation is not modelled, so a flat hand under the shoulder is 90), the knee 160 and the
 * hip 135 of flexion (passive flexion, Kapandji, <i>The Physiology of the Joints</i>, vol. 2:
 * sitting on the heels, a knee pulled to the chest), and the ankle 70 of plantar flexion (the
 * foot segment includes the midfoot: kneeling on the tops of the feet).
 *
 * <p>{@link #SHOULDER_ROTATION_LEFT} and {@link #SHOULDER_ROTATION_RIGHT} are the exception to the
 * plane rule: the upper arm's rotation about its own long axis, which no 2D view shows directly.
 * Positive is <b>internal</b> (medial) rotation, negative external; 0 is the goniometric zero of
 * Norkin and White, the forearm (elbow bent) pointing straight forward, perpendicular to the
 * trunk's frontal plane, with the arm at the side or abducted to 90; with the arm flexed forward it
 * is the zero carried there from 90 of abduction (with the shoulder flexed to 90, as in the
 * sleeper stretch lying on the side, the forearm points across the body). The figure turns the
 * forearm and hand rigidly about the upper arm's axis and draws their projection into the view's
 * plane, so a turn shows as the forearm foreshortened or swung past the upper arm. A rotation a
 * keyframe does not state is not 0: the forearm then stays in the view's plane where the elbow's
 * flexion puts it, as every pose without a rotation was drawn (in a side view with the arm along
 * the trunk that is rotation 0; in a front view it is 90 of external rotation), and only a stated
 * rotation is checked against its range.
 */
public enum Joint {
  /** The lower trunk's tilt from upright; any angle (placement, not a joint). */
  TRUNK(-180, 180, -180, 180),
  /** Thoracolumbar spine, between lower and upper trunk: flexion 80, extension 25, side 35. */
  SPINE(-25, 80, -35, 35),
  /** Cervical spine, between upper trunk and neck: flexion 45, extension 45, side bend 45. */
  NECK(-45, 45, -45, 45),
  /** Left shoulder: flexion 180, extension 60; abduction 180, adduction across the body 45. */
  SHOULDER_LEFT(-60, 180, -45, 180),
  /** Right shoulder; as the left. */
  SHOULDER_RIGHT(-60, 180, -45, 180),
  /**
   * Left shoulder rotation: internal 70, external 90, the same in every view (see above); drawn as
   * the turn of the forearm and hand about the upper arm.
   */
  SHOULDER_ROTATION_LEFT(-90, 70, -90, 70),
  /** Right shoulder rotation; as the left. */
  SHOULDER_ROTATION_RIGHT(-90, 70, -90, 70),
  /** Left elbow: flexion 150, no hyperextension. */
  ELBOW_LEFT(0, 150, 0, 150),
  /** Right elbow; as the left. */
  ELBOW_RIGHT(0, 150, 0, 150),
  /** Left wrist: 90 either way (see above). */
  WRIST_LEFT(-90, 90, -90, 90),
  /** Right wrist; as the left. */
  WRIST_RIGHT(-90, 90, -90, 90),
  /** Left hip: flexion 135 (passive), extension 30; abduction 45, adduction 30. */
  HIP_LEFT(-30, 135, -30, 45),
  /** Right hip; as the left. */
  HIP_RIGHT(-30, 135, -30, 45),
  /**
   * Left knee: flexion 160 (passive), no hyperextension; in a front view the flexion of a
   * turned-out leg, drawn in the picture plane (see above), except kneeling and in a plank, where
   * the knee bends straight back and the shank is drawn foreshortened.
   */
  KNEE_LEFT(0, 160, 0, 160),
  /** Right knee; as the left. */
  KNEE_RIGHT(0, 160, 0, 160),
  /** Left ankle: dorsiflexion 20, plantar flexion 70 (see above); inversion 35, eversion 15. */
  ANKLE_LEFT(-70, 20, -15, 35),
  /** Right ankle; as the left. */
  ANKLE_RIGHT(-70, 20, -15, 35);

  private final double sideMin;
  private final double sideMax;
  private final double frontMin;
  private final double frontMax;

  Joint(double sideMin, double sideMax, double frontMin, double frontMax) {
    this.sideMin = sideMin;
    this.sideMax = sideMax;
    this.frontMin = frontMin;
    this.frontMax = frontMax;
  }

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The id as written in pose files, such as {@code elbow-left}. */
  public String id() {
    return id;
  }

  /** The smallest angle allowed: in the sagittal plane (side views) or the frontal plane. */
  public double min(boolean sagittal) {
    return sagittal ? sideMin : frontMin;
  }

  /** The largest angle allowed: in the sagittal plane (side views) or the frontal plane. */
  public double max(boolean sagittal) {
    return sagittal ? sideMax : frontMax;
  }

  /** Whether this is a shoulder rotation, which a keyframe may leave unstated (see above). */
  boolean isRotation() {
    return this == SHOULDER_ROTATION_LEFT || this == SHOULDER_ROTATION_RIGHT;
  }

  /** Whether the joint is of the left or right limbs. */
  boolean isLeft() {
    return name().endsWith("_LEFT");
  }

  /** The same joint on the other side, or this for the trunk, spine and neck. */
  Joint mirror() {
    String n = name();
    if (n.endsWith("_LEFT")) {
      return valueOf(n.replace("_LEFT", "_RIGHT"));
    }
    if (n.endsWith("_RIGHT")) {
      return valueOf(n.replace("_RIGHT", "_LEFT"));
    }
    return this;
  }

  /**
   * The joint with that id.
   *
   * @throws IllegalArgumentException if there is none; the message lists the ids
   */
  public static Joint fromId(String id) {
    for (Joint j : values()) {
      if (j.id().equals(id)) {
        return j;
      }
    }
    throw new IllegalArgumentException(
        "unknown joint \"" + id + "\"; expected one of "
            + Arrays.stream(values()).map(Joint::id).collect(Collectors.joining(", ")));
  }
}
