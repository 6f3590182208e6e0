package dev.limber.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Finds every problem in the elements of a {@link Catalog.Builder}, all at once. */
final class CatalogValidation {
  private final Catalog.Builder elements;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, TargetArea> areas;
  private final Map<String, Exercise> exercises;
  private final Map<String, Condition> conditions;

  CatalogValidation(Catalog.Builder elements) {
    this.elements = elements;
    this.areas = Catalog.index(elements.areas(), TargetArea::id);
    this.exercises = Catalog.index(elements.exercises(), Exercise::id);
    this.conditions = Catalog.index(elements.conditions(), Condition::id);
  }

  List<Problem> problems() {
    duplicates("exercise", elements.exercises(), Exercise::id);
    duplicates("area", elements.areas(), TargetArea::id);
    duplicates("condition", elements.conditions(), Condition::id);
    duplicates("red flag", elements.redFlags(), RedFlag::id);
    duplicates("sequence", elements.sequences(), Sequence::id);
    duplicates("goal", elements.goals(), Goal::id);
    duplicates("advice", elements.advice(), Advice::id);
    areas();
    exercises();
    conditions();
    redFlags();
    sequences();
    goals();
    return problems;
  }

  private <T> void duplicates(String kind, List<T> values, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (T value : values) {
      if (!seen.add(id.apply(value))) {
        report(kind, id.apply(value), "$.id", "duplicate " + kind + " id \"" + id.apply(value) + "\"");
      }
    }
  }

  private void areas() {
    for (TargetArea area : areas.values()) {
      Optional<String> parent = area.parentId();
      if (parent.isPresent() && !areas.containsKey(parent.get())) {
        report("area", area.id(), "$.parent", Ids.unknown("parent area", parent.get(), areas.keySet()));
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (Optional<String> at = Optional.of(area.id()); at.isPresent(); at = areas.get(at.get()).parentId()) {
        if (!seen.add(at.get())) {
          report("area", area.id(), "$.parent", "area \"" + area.id() + "\" lies inside itself: the area tree has a cycle");
          break;
        }
        if (!areas.containsKey(at.get())) {
          break;
        }
      }
    }
  }

  private void exercises() {
    for (Exercise exercise : exercises.values()) {
      knownAreas(exercise, "primaryTargets", exercise.primaryTargets());
      knownAreas(exercise, "secondaryTargets", exercise.secondaryTargets());
      knownExercises(exercise, "easierVariations", exercise.easierVariations());
      knownExercises(exercise, "harderVariations", exercise.harderVariations());
      for (int i = 0; i < exercise.contraindications().size(); i++) {
        String condition = exercise.contraindications().get(i).conditionId();
        if (!conditions.containsKey(condition)) {
          report("exercise", exercise.id(), "$.contraindications[" + i + "].condition",
              Ids.unknown("condition", condition, conditions.keySet()));
        }
      }
    }
  }

  private void knownAreas(Exercise exercise, String field, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      if (!areas.containsKey(ids.get(i))) {
        report("exercise", exercise.id(), "$." + field + "[" + i + "]", Ids.unknown("area", ids.get(i), areas.keySet()));
      }
    }
  }

  private void knownExercises(Exercise exercise, String field, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      if (!exercises.containsKey(ids.get(i))) {
        report("exercise", exercise.id(), "$." + field + "[" + i + "]",
            Ids.unknown("exercise", ids.get(i), exercises.keySet()));
      }
    }
  }

  private void conditions() {
    for (Condition condition : conditions.values()) {
      for (int i = 0; i < condition.rules().size(); i++) {
        Optional<String> area = condition.rules().get(i).area();
        if (area.isPresent() && !areas.containsKey(area.get())) {
          report("condition", condition.id(), "$.rules[" + i + "].area", Ids.unknown("area", area.get(), areas.keySet()));
        }
      }
    }
  }

  private void redFlags() {
    for (RedFlag flag : elements.redFlags()) {
      int i = 0;
      for (String condition : flag.askedWith()) {
        if (!conditions.containsKey(condition)) {
          report("red flag", flag.id(), "$.askedWith[" + i + "]", Ids.unknown("condition", condition, conditions.keySet()));
        }
        i++;
      }
    }
  }

  /**
   * A curated sequence is held to the composer's invariants when the catalog is built, for every
   * catalog (bundled or an app's) and so for loading and validating alike: phases in order
   * (warm-up, main, cool-down), positions that flow down to the floor within a phase (never back
   * up), and each step in a phase its exercise suits.
   */
  private void sequences() {
    for (Sequence sequence : elements.sequences()) {
      Phase previous = null;
      Exercise before = null;
      for (int i = 0; i < sequence.steps().size(); i++) {
        SequenceStep step = sequence.steps().get(i);
        Exercise exercise = exercises.get(step.exerciseId());
        String path = "$.steps[" + i + "]";
        if (previous != null && step.phase().compareTo(previous) < 0) {
          report("sequence", sequence.id(), path + ".phase",
              String.format("step %s is in %s after a step in %s; the phases go warm-up, main,"
                  + " cool-down", i + 1, step.phase().id(), previous.id()));
        }
        previous = step.phase();
        if (exercise == null) {
          before = null;
          report("sequence", sequence.id(), path + ".exercise", Ids.unknown("exercise", step.exerciseId(), exercises.keySet()));
          continue;
        }
        if (before != null
            && step.phase() == sequence.steps().get(i - 1).phase()
            && exercise.position().flowRank() < before.position().flowRank()) {
          report("sequence", sequence.id(), path + ".exercise",
              String.format("step %s goes back up from %s to %s within %s; within a phase positions"
                  + " go from standing down to the floor", i + 1, before.position().id(),
                  exercise.position().id(), step.phase().id()));
        }
        before = exercise;
        if (!exercise.phases().contains(step.phase())) {
          report("sequence", sequence.id(), path + ".phase",
              String.format("%s does not suit %s (it suits %s)", exercise.id(), step.phase().id(),
                  exercise.phases().stream().map(Phase::id).collect(java.util.stream.Collectors.joining(", "))));
        }
        Dosage dosage = exercise.dosage();
        if (step.count().isPresent() && (step.count().get() < dosage.min() || step.count().get() > dosage.max())) {
          report("sequence", sequence.id(), path + ".count",
              String.format("count %s for %s is outside its dosage of %s to %s %s",
                  step.count().get(), exercise.id(), dosage.min(), dosage.max(), dosage.unit().id()));
        }
      }
    }
  }

  private void goals() {
    for (Goal goal : elements.goals()) {
      for (String area : goal.focus().keySet()) {
        if (!areas.containsKey(area)) {
          report("goal", goal.id(), "$.focus." + area, Ids.unknown("area", area, areas.keySet()));
        }
      }
    }
  }

  private void report(String kind, String id, String path, String message) {
    problems.add(
        Problem.builder()
            .resource(kind + " " + id)
            .elementKind(kind)
            .elementId(id)
            .path(path)
            .message(message)
            .build());
  }
}
