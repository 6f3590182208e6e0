package dev.limber.core;

import java.util.Locale;

/**
 * A movement or load an exercise puts on the body. Contributors tag exercises with the patterns
 * they load, and {@link Condition} rules key on these patterns, so the safety rules live in one
 * place instead of in every exercise.
 *
 * <p>The "loaded" patterns are the stronger forms of the plain ones: an exercise that loads
 * {@link #LOADED_SPINAL_FLEXION} should be tagged {@link #SPINAL_FLEXION} too.
 *
 * <p>In data files each constant is written as its {@link #id() id} (for example {@code
 * weight-on-wrists}).
 */
public enum MovementPattern {
  /** Rounding the spine forward, gently or through part of its range. */
  SPINAL_FLEXION,
  /** Spinal flexion under load or to end range: knee-to-chest, toe touches, crunches. */
  LOADED_SPINAL_FLEXION,
  /** Arching the spine backward, gently or through part of its range. */
  SPINAL_EXTENSION,
  /** Repeated, sustained or loaded extension to end range: cobra, backbends. */
  LOADED_SPINAL_EXTENSION,
  /** Twisting the spine, gently. */
  SPINAL_ROTATION,
  /** Forceful or end-range twisting, or a twist levered by the arms or legs. */
  LOADED_SPINAL_ROTATION,
  /** Rounding and twisting the spine at the same time. */
  FLEXION_WITH_ROTATION,
  /** A twist that closes the front of the trunk over the legs (across the belly). */
  CLOSED_TWIST,
  /** Bending the spine to the side. */
  SPINAL_LATERAL_FLEXION,
  /** Bending and turning the neck. */
  NECK_MOVEMENT,
  /** Bringing the thigh towards the chest, past about 90 degrees of hip flexion. */
  DEEP_HIP_FLEXION,
  /** Bringing the leg across the body's midline. */
  HIP_ADDUCTION,
  /** Turning the thigh inward. */
  HIP_INTERNAL_ROTATION,
  /** Taking the leg behind the body while it turns outward. */
  HIP_EXTENSION_EXTERNAL_ROTATION,
  /** Bending the knee deeply, heel towards the buttock. */
  DEEP_KNEE_FLEXION,
  /** Weight resting on the knees. */
  KNEELING,
  /** Body weight on the hands with the wrists bent back. */
  WEIGHT_ON_WRISTS,
  /** Weight taken on the arms overhead or the shoulders at end range. */
  SHOULDER_END_RANGE,
  /** The head lower than the heart. */
  HEAD_BELOW_HEART,
  /** Lying on the back. */
  LYING_SUPINE,
  /** Lying face down. */
  LYING_PRONE,
  /** Holding the breath or bracing against a closed throat. */
  BREATH_HOLDING,
  /** Pressure on the belly, from the thighs, the floor or a strong contraction. */
  ABDOMINAL_COMPRESSION,
  /** Standing on one leg or another position where balance is challenged. */
  BALANCE_CHALLENGE;

  /** The constant's id as written in data files and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The constant with the given {@link #id() id}.
   *
   * @throws IllegalArgumentException if no constant has that id; the message lists the ids
   */
  public static MovementPattern fromId(String id) {
    return Ids.enumFromId(MovementPattern.class, id);
  }
}
