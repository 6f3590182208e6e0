package dev.limber.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import org.immutables.value.Value;

/**
 * One stretch, mobility drill, gentle strength exercise or relaxation: what it is, how it is done,
 * what it targets, what it loads, and how much of it to do.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; {@code build()} throws {@link
 * IllegalArgumentException} naming the field and the bad value when a fact is out of range, and
 * {@link IllegalStateException} when a required fact is missing.
 *
 * <pre>{@code
 * Exercise catCow = Exercise.builder()
 *     .id("cat-cow")
 *     .name("Cat-Cow")
 *     .kind(ExerciseKind.DYNAMIC_MOBILITY)
 *     .position(Position.HANDS_AND_KNEES)
 *     .needsFloor(true)
 *     .laterality(Laterality.BILATERAL)
 *     .dosage(Dosage.of(DosageUnit.BREATHS, 5, 8, 10, 6))
 *     .addPrimaryTargets("lower-back")
 *     .addMovementPatterns(MovementPattern.SPINAL_FLEXION, MovementPattern.SPINAL_EXTENSION)
 *     .addPhases(Phase.WARM_UP)
 *     .addSteps("Kneel on all fours.", "Round the back as you breathe out.",
 *         "Let the belly sink as you breathe in.")
 *     .build();
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class Exercise {
  /** The fewest instruction steps an exercise has. */
  public static final int MIN_STEPS = 3;

  /** Stable slug id, such as {@code cat-cow}; renaming it is a breaking change. */
  public abstract String id();

  /** Name shown to people. */
  public abstract String name();

  /** Other names people know it by. */
  public abstract ImmutableList<String> aliases();

  /** One or two sentences on what it is and what it does; empty if not given. */
  @Value.Default
  public String summary() {
    return "";
  }

  /** What sort of exercise it is. */
  public abstract ExerciseKind kind();

  /** The body position it is done in. */
  public abstract Position position();

  /** Whether it needs getting down to the floor (a chair or standing version does not). */
  public abstract boolean needsFloor();

  /** Equipment ids it needs, such as {@code chair}, {@code wall} or {@code strap}; empty if none. */
  public abstract ImmutableSet<String> equipment();

  /** How demanding it is; defaults to {@link Difficulty#BEGINNER}. */
  @Value.Default
  public Difficulty difficulty() {
    return Difficulty.BEGINNER;
  }

  /** Both sides at once, or one side at a time. */
  public abstract Laterality laterality();

  /** How much to do, per side for a one-sided exercise. */
  public abstract Dosage dosage();

  /** Area ids it mainly targets; at least one. */
  public abstract ImmutableList<String> primaryTargets();

  /** Area ids it also reaches. */
  public abstract ImmutableList<String> secondaryTargets();

  /** The movement patterns it loads; the condition rules key on these. */
  public abstract ImmutableSet<MovementPattern> movementPatterns();

  /**
   * Patterns its position or kind imply ({@link #impliedPatterns()}) that it does not load after
   * all, each with the reason: a forearm plank waives {@link MovementPattern#WEIGHT_ON_WRISTS}
   * because the wrists carry no weight. A waived pattern is neither listed nor reported missing.
   */
  public abstract ImmutableMap<MovementPattern, String> patternWaivers();

  /** The phases of a session it suits; at least one. */
  public abstract ImmutableSet<Phase> phases();

  /** Ordered steps for doing it; at least one. */
  public abstract ImmutableList<String> steps();

  /** Breathing and form cues. */
  public abstract ImmutableList<String> cues();

  /** Safety notes shown with it. */
  public abstract ImmutableList<String> safetyNotes();

  /** Ids of easier variations in the same catalog. */
  public abstract ImmutableList<String> easierVariations();

  /** Ids of harder variations in the same catalog. */
  public abstract ImmutableList<String> harderVariations();

  /** Contraindications stated for this exercise beyond the condition rules. */
  public abstract ImmutableList<Contraindication> contraindications();

  /** Declared safer forms, used when a condition says {@link Severity#MODIFY}. */
  public abstract ImmutableList<ExerciseModification> modifications();

  /** Free tags such as {@code morning}, {@code desk} or {@code sciatica}. */
  public abstract ImmutableSet<String> tags();

  /** Where its figures come from. */
  public abstract ImmutableList<String> sources();

  /** Primary then secondary targets, without repeats. */
  @Value.Derived
  @Value.Auxiliary
  public ImmutableSet<String> allTargets() {
    return ImmutableSet.<String>builder()
        .addAll(primaryTargets())
        .addAll(secondaryTargets())
        .build();
  }

  /**
   * The patterns its structured facts imply it loads, so that a contributor cannot forget them:
   *
   * <ul>
   *   <li>its position: supine implies {@link MovementPattern#LYING_SUPINE}, prone {@link
   *       MovementPattern#LYING_PRONE}, side-lying {@link MovementPattern#LYING_SIDE}, kneeling
   *       {@link MovementPattern#KNEELING}, hands and knees kneeling and {@link
   *       MovementPattern#WEIGHT_ON_WRISTS}, a plank {@link MovementPattern#ISOMETRIC_BRACING},
   *       {@link MovementPattern#WEIGHT_ON_WRISTS} and {@link
   *       MovementPattern#ABDOMINAL_COMPRESSION};
   *   <li>a strength or stability exercise dosed in seconds: {@link
   *       MovementPattern#ISOMETRIC_BRACING};
   *   <li>its listed patterns: each one's {@link MovementPattern#implied()}.
   * </ul>
   *
   * <p>The first two may be {@linkplain #patternWaivers() waived} with a reason; the last may not.
   */
  public final ImmutableSet<MovementPattern> impliedPatterns() {
    EnumSet<MovementPattern> implied = factImpliedPatterns();
    movementPatterns().forEach(p -> implied.addAll(p.implied()));
    return Sets.immutableEnumSet(implied);
  }

  /**
   * The {@linkplain #impliedPatterns() implied} patterns it neither lists nor waives: empty for an
   * exercise tagged in full. The loader reports each one as a problem in the exercise's file.
   */
  public final ImmutableSet<MovementPattern> unlistedPatterns() {
    EnumSet<MovementPattern> missing = EnumSet.noneOf(MovementPattern.class);
    for (MovementPattern p : impliedPatterns()) {
      if (!movementPatterns().contains(p) && !patternWaivers().containsKey(p)) {
        missing.add(p);
      }
    }
    return Sets.immutableEnumSet(missing);
  }

  private EnumSet<MovementPattern> factImpliedPatterns() {
    EnumSet<MovementPattern> implied = EnumSet.noneOf(MovementPattern.class);
    switch (position()) {
      case SUPINE:
        implied.add(MovementPattern.LYING_SUPINE);
        break;
      case PRONE:
        implied.add(MovementPattern.LYING_PRONE);
        break;
      case SIDE_LYING:
        implied.add(MovementPattern.LYING_SIDE);
        break;
      case KNEELING:
        implied.add(MovementPattern.KNEELING);
        break;
      case HANDS_AND_KNEES:
        implied.add(MovementPattern.KNEELING);
        implied.add(MovementPattern.WEIGHT_ON_WRISTS);
        break;
      case PLANK:
        implied.add(MovementPattern.ISOMETRIC_BRACING);
        implied.add(MovementPattern.WEIGHT_ON_WRISTS);
        implied.add(MovementPattern.ABDOMINAL_COMPRESSION);
        break;
      default:
        break;
    }
    if (kind() == ExerciseKind.STRENGTH_STABILITY && dosage().unit() == DosageUnit.SECONDS) {
      implied.add(MovementPattern.ISOMETRIC_BRACING);
    }
    return implied;
  }

  /** The time of the default dosage for all sides, without the switch between sides. */
  public final int defaultWorkSeconds() {
    return dosage().defaultSeconds() * (laterality() == Laterality.UNILATERAL ? 2 : 1);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding every fact of {@code exercise}.
   *
   * @deprecated use {@code exercise.toBuilder()}; this alias goes before 1.0
   */
  @Deprecated
  public static Builder builderFrom(Exercise exercise) {
    return new Builder().from(checkNotNull(exercise, "exercise"));
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds an {@link Exercise}; not thread-safe. */
  public static final class Builder extends ImmutableExercise.Builder {}

  /**
   * The hash of the id. Equal exercises have equal ids, and the ids of a catalog are unique, so
   * this spreads exercises as well as a hash of every field would, while the catalog's indexes and
   * the composer's sets hash each exercise at no more cost than its id.
   */
  @Override
  public int hashCode() {
    return id().hashCode();
  }

  @Value.Check
  void check() {
    Checks c = new Checks("exercise", id());
    c.slug("$.id", id());
    c.text("$.name", name());
    c.texts("$.aliases", aliases()).unique("$.aliases", aliases());
    if (!summary().isEmpty()) { // empty when not given in code
      c.text("$.summary", summary());
    }
    c.slugs("$.equipment", equipment());
    c.atLeast("$.primaryTargets", primaryTargets(), 1).slugs("$.primaryTargets", primaryTargets());
    c.slugs("$.secondaryTargets", secondaryTargets());
    for (int i = 0; i < secondaryTargets().size(); i++) {
      if (primaryTargets().contains(secondaryTargets().get(i))) {
        c.check(
            false,
            "$.secondaryTargets[" + i + "]",
            "\"%s\" is a primary target already; an area is either primary or secondary",
            secondaryTargets().get(i));
      }
    }
    c.atLeast("$.phases", phases(), 1);
    c.atLeast("$.steps", steps(), MIN_STEPS).texts("$.steps", steps());
    c.texts("$.cues", cues()).texts("$.safetyNotes", safetyNotes());
    variations(c, "$.easierVariations", easierVariations());
    variations(c, "$.harderVariations", harderVariations());
    c.slugs("$.tags", tags()).texts("$.sources", sources());
    EnumSet<MovementPattern> waivable = factImpliedPatterns();
    patternWaivers()
        .forEach(
            (pattern, reason) -> {
              String at = "$.patternWaivers." + pattern.id();
              c.text(at, reason);
              c.check(
                  !movementPatterns().contains(pattern),
                  at,
                  "waives %s, which it also lists in movementPatterns",
                  pattern.id());
              c.check(
                  waivable.contains(pattern),
                  at,
                  "waives %s, which neither its position nor its kind implies",
                  pattern.id());
            });
    for (int m = 0; m < modifications().size(); m++) {
      int i = 0;
      for (MovementPattern removed : modifications().get(m).removes()) {
        if (!movementPatterns().contains(removed)) {
          c.check(
              false,
              "$.modifications[" + m + "].removes[" + i + "]",
              "\"%s\" is not among the exercise's movementPatterns, so a modification cannot"
                  + " remove it",
              removed.id());
        }
        i++;
      }
    }
    c.done();
  }

  private void variations(Checks c, String path, ImmutableList<String> ids) {
    c.slugs(path, ids);
    int self = ids.indexOf(id());
    if (self >= 0) {
      c.check(
          false,
          path + "[" + self + "]",
          "\"%s\" is this exercise's own id; a variation is another exercise",
          id());
    }
  }

}
