package dev.limber.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a person asks the {@link RoutineComposer} for: minutes, focus, conditions, red-flag
 * answers, level, equipment, positions, exclusions, recent history and a seed.
 *
 * <p>Defaults: no focus (a balanced whole-body session), no conditions, no red flags, level
 * {@link Difficulty#BEGINNER}, equipment {@link #DEFAULT_EQUIPMENT} (what most homes have), every
 * position, floor work allowed, cautions shown as warnings, seed 0. Immutable and thread-safe.
 *
 * <pre>{@code
 * ComposeRequest request = ComposeRequest.builder()
 *     .budgetSeconds(600)
 *     .putFocus("lower-back", 2.0)
 *     .putFocus("hips", 1.0)
 *     .addConditions("herniated-disc")
 *     .noFloor(true)
 *     .seed(42)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ComposeRequest {
  /** Equipment assumed available unless the request says otherwise. */
  public static final ImmutableSet<String> DEFAULT_EQUIPMENT = ImmutableSet.of("mat", "chair", "wall");

  /** The longest budget accepted, in seconds (two hours). */
  public static final int MAX_BUDGET_SECONDS = 7200;

  /** The time budget in seconds, from 60 to {@link #MAX_BUDGET_SECONDS}. */
  public abstract int budgetSeconds();

  /** Focus area ids with positive weights; empty for a balanced whole-body session. */
  public abstract ImmutableMap<String, Double> focus();

  /** A named goal whose focus is used when {@link #focus()} is empty. */
  public abstract Optional<String> goal();

  /** The person's condition ids. */
  public abstract ImmutableSet<String> conditions();

  /** The person's answers to the red-flag questions. */
  @Value.Default
  public ScreeningAnswers screening() {
    return ScreeningAnswers.none();
  }

  /** The highest difficulty admitted. */
  @Value.Default
  public Difficulty level() {
    return Difficulty.BEGINNER;
  }

  /** Equipment ids available; an exercise needing anything else is left out. */
  @Value.Default
  public ImmutableSet<String> equipment() {
    return DEFAULT_EQUIPMENT;
  }

  /** Positions allowed; every position by default. */
  @Value.Default
  public ImmutableSet<Position> positions() {
    return ImmutableSet.copyOf(EnumSet.allOf(Position.class));
  }

  /** Whether to leave out every exercise that needs getting down to the floor. */
  @Value.Default
  public boolean noFloor() {
    return false;
  }

  /**
   * What to do when no focus area can be served (every exercise for them is ruled out by safety,
   * level, equipment, positions or exclusions): by default the answer is {@link
   * ComposeResult.Outcome#INFEASIBLE} with the reason; with this set, a balanced whole-body session
   * instead, whose {@link ComposeResult#unserved()} still says what could not be served.
   */
  @Value.Default
  public boolean generalIfUnserved() {
    return false;
  }

  /** Exercise ids never to use. */
  public abstract ImmutableSet<String> excluded();

  /** Exercise ids done recently, most recent first; the composer prefers others for variety. */
  public abstract ImmutableList<String> recent();

  /** How to treat cautions: show them as warnings (default) or leave those exercises out. */
  @Value.Default
  public CautionPolicy cautionPolicy() {
    return CautionPolicy.WARN;
  }

  /** The seed for choices between equally good exercises; the same seed gives the same routine. */
  @Value.Default
  public long seed() {
    return 0;
  }

  /** A request for {@code minutes} minutes with every other fact at its default. */
  public static ComposeRequest ofMinutes(int minutes) {
    checkArgument(
        minutes > 0 && minutes <= MAX_BUDGET_SECONDS / 60,
        "minutes (%s) must be between 1 and %s",
        minutes,
        MAX_BUDGET_SECONDS / 60);
    return builder().budgetSeconds(minutes * 60).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding every fact of {@code request}.
   *
   * @deprecated use {@code request.toBuilder()}; this alias goes before 1.0
   */
  @Deprecated
  public static Builder builderFrom(ComposeRequest request) {
    return new Builder().from(checkNotNull(request, "request"));
  }

  /** A builder holding every fact of this value, to change some of them and build a copy. */
  public final Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ComposeRequest}; not thread-safe. */
  public static final class Builder extends ImmutableComposeRequest.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        budgetSeconds() >= 60 && budgetSeconds() <= MAX_BUDGET_SECONDS,
        "budgetSeconds (%s) must be between 60 and %s",
        budgetSeconds(),
        MAX_BUDGET_SECONDS);
    for (Map.Entry<String, Double> e : focus().entrySet()) {
      checkArgument(
          e.getValue() > 0 && e.getValue() <= 100 && !e.getValue().isNaN(),
          "focus weight of %s (%s) must be in (0, 100]",
          e.getKey(),
          e.getValue());
    }
    checkArgument(!positions().isEmpty(), "positions must allow at least one position");
  }
}
