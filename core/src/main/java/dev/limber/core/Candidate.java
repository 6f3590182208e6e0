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
  final ImmutableList<String> warnings;
  final Optional<String> modification;
  /** Focus areas the exercise serves through a primary target, and through a secondary one. */
  final ImmutableSet<String> primaryFocus;
  final ImmutableSet<String> secondaryFocus;
  final int sides;
  /** A per-seed factor in [0.85, 1.15) that breaks ties between equally good exercises. */
  final double jitter;
  final double recentPenalty;
  final boolean preferredTag;

  Candidate(
      Exercise exercise,
      Optional<Exercise> replaced,
      Position position,
      ImmutableList<String> warnings,
      Optional<String> modification,
      ImmutableSet<String> primaryFocus,
      ImmutableSet<String> secondaryFocus,
      double jitter,
      double recentPenalty,
      boolean preferredTag) {
    this.exercise = exercise;
    this.replaced = replaced;
    this.position = position;
    this.warnings = warnings;
    this.modification = modification;
    this.primaryFocus = primaryFocus;
    this.secondaryFocus = secondaryFocus;
    this.sides = exercise.laterality() == Laterality.UNILATERAL ? 2 : 1;
    this.jitter = jitter;
    this.recentPenalty = recentPenalty;
    this.preferredTag = preferredTag;
  }

  String id() {
    return exercise.id();
  }

  /** Seconds of work for {@code count} units on every side, with the switches between sides. */
  int workSeconds(int count, int sideSwitchSeconds) {
    return sides * exercise.dosage().secondsFor(count) + (sides - 1) * sideSwitchSeconds;
  }

  /** Seconds one more unit adds across all sides. */
  int stepSeconds() {
    return sides * exercise.dosage().secondsPerUnit();
  }
}
