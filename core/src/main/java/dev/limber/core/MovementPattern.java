package dev.limber.core;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A movement or load an exercise puts on the body. Contributors tag exercises with the patterns
 * they load, and {@link Condition} rules key on these patterns, so the safety rules live in one
 * place instead of in every exercise.
 *
 * <p>Each constant's javadoc says what counts, gives an example and says what does not count. Tag
 * an exercise with every pattern its own steps load, not only the ones a bundled rule names today:
 * an app's own conditions may key on any of them. Most patterns are used by a bundled condition
 * rule; those that are not are marked {@linkplain #informational() informational}.
 *
 * <p>Some patterns imply others ({@link #implied()}): the "loaded" patterns are the stronger
 * forms of the plain ones, so an exercise that loads {@link #LOADED_SPINAL_FLEXION} is tagged
 * {@link #SPINAL_FLEXION} too. The loader reports a missing implied pattern as a problem.
 *
 * <p>In data files each constant is written as its {@link #id() id} (for example {@code
 * weight-on-wrists}).
 */
public enum MovementPattern {
  /**
   * Rounding the spine forward through part of its range. Counts: the cat half of Cat-Cow, a
   * seated pelvic tilt. Not: a hip hinge with a flat back.
   */
  SPINAL_FLEXION,
  /**
   * Spinal flexion under load, held, or to end range. Counts: knee-to-chest, a standing forward
   * fold, crunches, child's pose. Not: the small rounding of Cat-Cow.
   */
  LOADED_SPINAL_FLEXION,
  /**
   * Arching the spine backward through part of its range. Counts: the cow half of Cat-Cow, a
   * seated thoracic extension. Not: standing tall.
   */
  SPINAL_EXTENSION,
  /**
   * Extension that is repeated, held, loaded by the arms or body weight, or taken to end range.
   * Counts: cobra, sphinx held, prone back extensions, a standing backbend. Not: one small arch.
   */
  LOADED_SPINAL_EXTENSION,
  /**
   * Twisting the spine gently, by its own muscles. Counts: a seated twist with the hands resting,
   * standing trunk rotations. Not: turning the head alone.
   */
  SPINAL_ROTATION,
  /**
   * Forceful or end-range twisting, or a twist levered by the arms, the legs or gravity. Counts:
   * the supine twist with the knees dropped to the floor, a twist pulled by a hand on the chair
   * back. Not: an unforced turn of the trunk.
   */
  LOADED_SPINAL_ROTATION,
  /**
   * Rounding and twisting the spine at the same time. Counts: reaching across to the opposite
   * foot, a twist in a forward fold. Not: a twist with the back upright.
   */
  FLEXION_WITH_ROTATION,
  /**
   * A twist that turns the trunk towards the bent leg and closes the front of the body over it.
   * Counts: a seated twist hugging the knee towards the opposite shoulder. Not: an open twist that
   * turns away from the bent leg.
   */
  CLOSED_TWIST,
  /**
   * Bending the spine to the side. Counts: a standing side bend, gate pose. Not: a lunge.
   */
  SPINAL_LATERAL_FLEXION,
  /**
   * Bending, tilting or turning the neck on purpose. Counts: neck turns, side tilts, chin tucks.
   * Not: keeping the head in line with the spine.
   */
  NECK_MOVEMENT,
  /**
   * Quick changes of the head's position: rolling up quickly, dropping the head below the heart
   * and back up in a paced drill, or fast head turns. Counts: a forward-fold roll-up repeated
   * with the breath. Not: a slow head turn, or a single fold held still.
   */
  FAST_HEAD_MOVEMENT,
  /**
   * Bringing the thigh towards the chest past about 90 degrees of hip flexion, including hinging
   * forward over a straight leg when standing or sitting. Counts: knee-to-chest, child's pose, a
   * standing or seated hamstring stretch, a deep squat. Not: sitting upright on a chair.
   */
  DEEP_HIP_FLEXION,
  /**
   * Taking the thigh behind the line of the trunk, beyond neutral. Counts: a hip-flexor stretch,
   * a lunge, stepping back, a standing quadriceps stretch with the knee drawn back. Not: a bridge
   * that stops with the hips in line with the body.
   */
  HIP_EXTENSION,
  /**
   * Bringing the leg across the body's midline. Counts: a cross-body knee pull, the IT-band
   * stretch with the leg drawn across. Not: legs side by side.
   */
  HIP_ADDUCTION,
  /**
   * Crossing one leg over the other, including an ankle over the opposite knee. Counts: the
   * figure-four stretch, sitting cross-legged in a twist. Not: feet side by side. (Hip-replacement
   * precautions forbid crossing the legs whatever the hip's angle.)
   */
  LEG_CROSSING,
  /**
   * Turning the thigh inward. Counts: windshield-wiper knees, the back leg of 90/90. Not: the
   * outward turn of a figure-four.
   */
  HIP_INTERNAL_ROTATION,
  /**
   * Taking the leg behind the body while it turns outward. Counts: the back leg of pigeon pose.
   * Not: a lunge with the back foot pointing forward (that is {@link #HIP_EXTENSION}).
   */
  HIP_EXTENSION_EXTERNAL_ROTATION,
  /**
   * Bending the knee deeply, heel towards the buttock. Counts: a quadriceps stretch, child's
   * pose, sitting back on the heels. Not: a knee bent to a right angle.
   */
  DEEP_KNEE_FLEXION,
  /**
   * Bending the knee while it carries body weight. Counts: squats, lunges, wall sits, sit-to-stand,
   * a bent-knee calf stretch. Not: a knee bent while lying down or sitting.
   */
  LOADED_KNEE_FLEXION,
  /** Weight resting on the knees. Counts: kneeling, hands and knees. Not: half-kneeling on a cushioned chair. */
  KNEELING,
  /**
   * Body weight on the hands with the wrists bent back. Counts: hands and knees, a plank on the
   * hands, wall push-ups. Not: resting the hands on the thighs.
   */
  WEIGHT_ON_WRISTS,
  /**
   * Body weight resting on the forearms and elbows. Counts: a forearm plank, sphinx, puppy pose on
   * the forearms. Not: forearms resting on a desk while seated.
   */
  WEIGHT_ON_FOREARMS,
  /**
   * Body weight borne through one arm and shoulder. Counts: a side plank, thread-the-needle,
   * bird-dog (one arm lifted). Not: a hand on a wall for balance.
   */
  WEIGHT_ON_ONE_ARM,
  /**
   * Holding the wrist at the end of its bend for some time, with the palm or the back of the hand
   * pressed. Counts: the prayer and reverse-prayer stretches, wrist flexor and extensor stretches.
   * Not: wrist circles through a comfortable range.
   */
  WRIST_END_RANGE,
  /**
   * Weight taken on the arms overhead, or the shoulder held at the end of its range. Counts: a
   * doorway chest stretch, the sleeper stretch, an overhead triceps stretch. Not: arm swings below
   * shoulder height.
   */
  SHOULDER_END_RANGE,
  /**
   * Tensioning the sciatic nerve: a straight knee with the hip bent, more so with the foot pulled
   * up or the back rounded (the slump). Counts: a standing or supine straight-leg hamstring
   * stretch, a seated forward fold over straight legs. Not: a hamstring stretch with the knee bent.
   */
  NEURAL_TENSION_LEG,
  /**
   * The head lower than the heart. Counts: a standing forward fold, child's pose, downward dog.
   * Not: legs up the wall (the head stays level with the heart).
   */
  HEAD_BELOW_HEART,
  /** Lying on the back. Counts: every supine exercise. Not: reclining against a wall. */
  LYING_SUPINE,
  /** Lying face down. Counts: every prone exercise. Not: hands and knees. */
  LYING_PRONE,
  /** Lying on one side. Counts: every side-lying exercise. Not: a side plank (held off the floor). */
  LYING_SIDE,
  /**
   * Deliberately holding the breath or bracing against a closed throat. Counts: the holds of box
   * breathing. Not: a plank held while breathing (that is {@link #ISOMETRIC_BRACING}).
   */
  BREATH_HOLDING,
  /**
   * Holding the trunk or a limb still against effort for a sustained time (about 10 s or more),
   * which raises blood pressure even with steady breathing. Counts: planks, side planks, wall
   * sits, held bridges, isometric presses. Not: a relaxed stretch hold or a balance stand.
   */
  ISOMETRIC_BRACING,
  /**
   * Pressure on the belly from the thighs, the floor or a strong abdominal contraction. Counts:
   * lying prone, child's pose with the knees together, planks, crunches. Not: breathing into the
   * belly.
   */
  ABDOMINAL_COMPRESSION,
  /**
   * Standing on one leg, or another position where balance is challenged. Counts: single-leg
   * balance, a standing quad stretch without support. Not: standing on both feet holding a wall.
   */
  BALANCE_CHALLENGE,
  /**
   * The feet leaving the floor and landing: jogging on the spot, hops, skips. Not: marching or
   * heel raises.
   */
  IMPACT;

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The constant's id as written in data files and on the command line. */
  public String id() {
    return id;
  }

  /**
   * The patterns an exercise that loads this one loads too: a loaded form implies its plain form,
   * flexion with rotation implies both. Empty for most patterns.
   */
  public Set<MovementPattern> implied() {
    switch (this) {
      case LOADED_SPINAL_FLEXION:
        return EnumSet.of(SPINAL_FLEXION);
      case LOADED_SPINAL_EXTENSION:
        return EnumSet.of(SPINAL_EXTENSION);
      case LOADED_SPINAL_ROTATION:
      case CLOSED_TWIST:
        return EnumSet.of(SPINAL_ROTATION);
      case FLEXION_WITH_ROTATION:
        return EnumSet.of(SPINAL_FLEXION, SPINAL_ROTATION);
      default:
        return EnumSet.noneOf(MovementPattern.class);
    }
  }

  /**
   * Whether no bundled condition rule keys on this pattern: it is tagged for an app's own rules
   * and for filtering, not for a bundled restriction.
   */
  public boolean informational() {
    return this == SPINAL_LATERAL_FLEXION;
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
