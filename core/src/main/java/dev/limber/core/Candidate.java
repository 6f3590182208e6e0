package dev.limber.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/** An exercise the composer may use for one request, in the form that is safe for the person. */
final class Candidate {
  final Exercise exercise;
  /** The exercise this one stands in for, when an easier variation replaced it. */
  final Optional<Exercise> replaced;
  final Position position;
  final ImmutableList<Message> warnings;
  final Optional<Message> modification;
  /** Focus areas the exercise serves through a primary target, and through a secondary one. */
  final ImmutableSet<String> primaryFocus;
  final ImmutableSet<String> secondaryFocus;
  final int sides;
  /** The family: the exercise and its easier and harder variations (and the exercise it replaced, with its own). */
  final ImmutableSet<String> family;
  /** The request's seeded preference for this exercise, in [0, 1). */
  final double preference;
  /** How recently the person did it: 1 for the most recent, 1 / (1 + index / 5) after; 0 if not recent. */
  final double recency;
  final boolean preferredTag;
  /**
   * The composition's indexes of {@link #primaryFocus} and {@link #secondaryFocus} among its
   * focus areas, set by the composition that made this candidate.
   */
  int[] primaryIndex = new int[0];
  int[] secondaryIndex = new int[0];

  Candidate(
      Exercise exercise,
      Optional<Exercise> replaced,
      Position position,
      ImmutableList<Message> warnings,
      Optional<Message> modification,
      ImmutableSet<String> primaryFocus,
      ImmutableSet<String> secondaryFocus,
      ImmutableSet<String> family,
      double preference,
      double recency,
      boolean preferredTag) {
    this.exercise = exercise;
    this.replaced = replaced;
    this.position = position;
    this.warnings = warnings;
    this.modification = modification;
    this.primaryFocus = primaryFocus;
    this.secondaryFocus = secondaryFocus;
    this.sides = exercise.laterality() == Laterality.UNILATERAL ? 2 : 1;
    this.family = family;
    this.preference = preference;
    this.recency = recency;
    this.preferredTag = preferredTag;
  }

  String id() {
    return exercise.id();
  }

  boolean cautioned() {
    return !warnings.isEmpty();
  }

  /**
   * Seconds of {@code sets} sets of {@code count} units on every side, with the switches between
   * sides and the rests between sets: sides alternate, so a one-sided exercise switches sides
   * before every item but its first; a two-sided one rests between sets.
   */
  int workSeconds(int count, int sets, ComposerSettings settings) {
    int items = sides * sets;
    int pause = sides == 2 ? settings.sideSwitchSeconds() : settings.setRestSeconds();
    return items * exercise.dosage().secondsFor(count) + (items - 1) * pause;
  }

  /** Seconds of switches and rests inside {@code sets} sets: time that is not work. */
  int pauseSeconds(int sets, ComposerSettings settings) {
    int pause = sides == 2 ? settings.sideSwitchSeconds() : settings.setRestSeconds();
    return (sides * sets - 1) * pause;
  }
}
