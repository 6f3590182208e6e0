package dev.limber.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.limber.core.ExerciseAssessment.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The contraindications a set of conditions implies for every exercise of a catalog: each exercise is {@linkplain Verdict#ALLOWED allowed}, allowed with {@linkplain
 * Verdict#CAUTION cautions}, {@linkplain Verdict#MODIFIED modified} or {@linkplain
 * Verdict#EXCLUDED excluded}.
 *
 * <p>The rules, never weakened:
 *
 * <ul>
 *   <li>an {@link Severity#AVOID} from any condition, by a pattern or area rule or an explicit
 *       contraindication, excludes the exercise, whatever its modifications;
 *   <li>each pattern a condition marks {@link Severity#MODIFY} must be removed by one of the
 *       exercise's declared {@linkplain Exercise#modifications() modifications}; failing that, an
 *       {@linkplain Exercise#easierVariations() easier variation} that is itself allowed (or only
 *       cautioned) replaces it; failing that, it is excluded. An explicit or area MODIFY, which no
 *       pattern names, can only be met by such a variation;
 *   <li>a {@link Severity#CAUTION} that still applies to the form used becomes a warning, or
 *       excludes the exercise under {@link CautionPolicy#EXCLUDE}.
 * </ul>
 *
 * <p>Each exercise is assessed when it is first asked for and the answer is kept, so a request
 * that looks at a few hundred exercises of a large catalog pays for those alone. Thread-safe; the
 * answers never change.
 */
public final class SafetyAssessment {
  private final Catalog catalog;
  private final ImmutableSet<String> conditions;
  private final CautionPolicy cautionPolicy;
  private final MessageRenderer renderer;
  /** Assessments made so far: an exercise is assessed when first asked for. */
  private final ConcurrentMap<String, ExerciseAssessment> assessed = new ConcurrentHashMap<>();

  private volatile @Nullable ImmutableMap<String, ExerciseAssessment> all;

  private SafetyAssessment(Catalog catalog, ImmutableSet<String> conditions, CautionPolicy policy) {
    this.catalog = catalog;
    this.renderer = MessageRenderer.of(catalog);
    this.conditions = conditions;
    this.cautionPolicy = policy;
  }

  /**
   * Assesses every exercise of {@code catalog} for a person with {@code conditionIds}, each given
   * by id, name or alias ({@code sciatica} finds the herniated-disc condition).
   *
   * @throws IllegalArgumentException if a condition id is unknown; the message lists close matches
   */
  public static SafetyAssessment of(
      Catalog catalog, Set<String> conditionIds, CautionPolicy cautionPolicy) {
    checkNotNull(catalog, "catalog");
    checkNotNull(conditionIds, "conditionIds");
    checkNotNull(cautionPolicy, "cautionPolicy");
    return new SafetyAssessment(catalog, catalog.resolveConditions(conditionIds), cautionPolicy);
  }

  /** The ids of the conditions assessed for. */
  public ImmutableSet<String> conditions() {
    return conditions;
  }

  /** The caution policy applied. */
  public CautionPolicy cautionPolicy() {
    return cautionPolicy;
  }

  /**
   * The assessment of one exercise.
   *
   * @throws IllegalArgumentException if the exercise is unknown; the message lists close matches
   */
  public ExerciseAssessment of(String exerciseId) {
    return of(catalog.exerciseOrThrow(exerciseId));
  }

  /** The assessment of an exercise of the catalog, made on first use and kept. */
  ExerciseAssessment of(Exercise exercise) {
    ExerciseAssessment known = assessed.get(exercise.id());
    if (known != null) {
      return known;
    }
    ExerciseAssessment made = assess(exercise, true);
    ExerciseAssessment raced = assessed.putIfAbsent(exercise.id(), made);
    return raced != null ? raced : made;
  }

  /** Every exercise's assessment, by exercise id, in the catalog's order. */
  public ImmutableMap<String, ExerciseAssessment> all() {
    ImmutableMap<String, ExerciseAssessment> result = all;
    if (result == null) {
      ImmutableMap.Builder<String, ExerciseAssessment> builder = ImmutableMap.builder();
      for (Exercise exercise : catalog.exercises()) {
        builder.put(exercise.id(), of(exercise));
      }
      result = builder.build();
      all = result;
    }
    return result;
  }

  private ExerciseAssessment assess(Exercise exercise, boolean mayReplace) {
    ExerciseAssessment.Builder result = ExerciseAssessment.builder().exerciseId(exercise.id());
    List<Contraindication> avoid = new ArrayList<>();
    List<Contraindication> modify = new ArrayList<>();
    List<Contraindication> caution = new ArrayList<>();
    for (Contraindication c : catalog.contraindications(exercise.id())) {
      if (conditions.contains(c.conditionId())) {
        switch (c.severity()) {
          case AVOID:
            avoid.add(c);
            break;
          case MODIFY:
            modify.add(c);
            break;
          default:
            caution.add(c);
        }
      }
    }
    if (!avoid.isEmpty()) {
      avoid.forEach(c -> addReason(result, describe(c)));
      return result.verdict(Verdict.EXCLUDED).build();
    }
    Set<MovementPattern> removed = EnumSet.noneOf(MovementPattern.class);
    List<ExerciseModification> chosen = new ArrayList<>();
    for (Contraindication c : modify) {
      addReason(result, describe(c));
      if (c.pattern().isPresent() && removed.contains(c.pattern().get())) {
        continue;
      }
      Optional<ExerciseModification> lifting =
          c.pattern()
              .flatMap(p -> exercise.modifications().stream().filter(m -> m.removes().contains(p)).findFirst());
      if (!lifting.isPresent()) {
        return replaceOrExclude(exercise, mayReplace, result);
      }
      chosen.add(lifting.get());
      removed.addAll(lifting.get().removes());
    }
    Set<Message> warnings = new LinkedHashSet<>();
    for (Contraindication c : caution) {
      if (c.pattern().map(p -> !removed.contains(p)).orElse(true)) {
        warnings.add(describe(c));
      }
    }
    if (!warnings.isEmpty() && cautionPolicy == CautionPolicy.EXCLUDE) {
      warnings.forEach(w -> addReason(result, Message.of(MessageCode.CAUTION_EXCLUDED, "caution", w)));
      return result.verdict(Verdict.EXCLUDED).build();
    }
    result.addAllWarningMessages(warnings).addAllWarnings(renderer.renderAll(ImmutableList.copyOf(warnings)));
    result.addAllModifications(chosen);
    if (!chosen.isEmpty()) {
      return result.verdict(Verdict.MODIFIED).build();
    }
    return result.verdict(warnings.isEmpty() ? Verdict.ALLOWED : Verdict.CAUTION).build();
  }

  private ExerciseAssessment replaceOrExclude(
      Exercise exercise, boolean mayReplace, ExerciseAssessment.Builder result) {
    if (mayReplace) {
      for (String variationId : exercise.easierVariations()) {
        ExerciseAssessment variation = assess(catalog.exerciseOrThrow(variationId), false);
        if (variation.verdict() == Verdict.ALLOWED || variation.verdict() == Verdict.CAUTION) {
          return result
              .verdict(Verdict.MODIFIED)
              .substituteId(variationId)
              .addAllWarnings(variation.warnings())
              .addAllWarningMessages(variation.warningMessages())
              .build();
        }
      }
    }
    addReason(result, Message.of(MessageCode.NO_SAFE_FORM));
    return result.verdict(Verdict.EXCLUDED).build();
  }

  private Message describe(Contraindication c) {
    return Message.of(
        MessageCode.CONTRAINDICATION, "condition", c.conditionId(), "reason", c.reason(), "instead", c.instead());
  }

  private void addReason(ExerciseAssessment.Builder result, Message reason) {
    result.addReasonMessages(reason).addReasons(renderer.render(reason));
  }
}
