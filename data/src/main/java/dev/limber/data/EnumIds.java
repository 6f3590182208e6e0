package dev.limber.data;

import com.google.common.collect.ImmutableMap;
import dev.limber.core.AreaKind;
import dev.limber.core.CautionPolicy;
import dev.limber.core.ComposeResult;
import dev.limber.core.Difficulty;
import dev.limber.core.DosageUnit;
import dev.limber.core.ExerciseKind;
import dev.limber.core.Laterality;
import dev.limber.core.Limit;
import dev.limber.core.MovementPattern;
import dev.limber.core.Phase;
import dev.limber.core.Position;
import dev.limber.core.RedFlag;
import dev.limber.core.Severity;
import dev.limber.core.Side;
import dev.limber.core.Urgency;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The ids of one core enum as written in catalog files, with a name for messages. */
final class EnumIds<E extends Enum<E>> {
  static final EnumIds<ExerciseKind> KIND = of("kind", ExerciseKind.values(), ExerciseKind::id);
  static final EnumIds<Position> POSITION = of("position", Position.values(), Position::id);
  static final EnumIds<Difficulty> DIFFICULTY =
      of("difficulty", Difficulty.values(), Difficulty::id);
  static final EnumIds<Laterality> LATERALITY =
      of("laterality", Laterality.values(), Laterality::id);
  static final EnumIds<DosageUnit> UNIT = of("dosage unit", DosageUnit.values(), DosageUnit::id);
  static final EnumIds<MovementPattern> PATTERN =
      of("movement pattern", MovementPattern.values(), MovementPattern::id);
  static final EnumIds<Phase> PHASE = of("phase", Phase.values(), Phase::id);
  static final EnumIds<Severity> SEVERITY = of("severity", Severity.values(), Severity::id);
  static final EnumIds<Urgency> URGENCY = of("urgency", Urgency.values(), Urgency::id);
  static final EnumIds<RedFlag.Answer> ANSWER =
      of("answer", RedFlag.Answer.values(), a -> a.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  static final EnumIds<Limit> LIMIT = of("limit", Limit.values(), Limit::id);
  static final EnumIds<AreaKind> AREA_KIND = of("area kind", AreaKind.values(), AreaKind::id);
  static final EnumIds<Side> SIDE = of("side", Side.values(), Side::id);
  static final EnumIds<CautionPolicy> CAUTION_POLICY =
      of("caution policy", CautionPolicy.values(), EnumIds::lowerCase);
  static final EnumIds<ComposeResult.Outcome> OUTCOME =
      of("outcome", ComposeResult.Outcome.values(), EnumIds::lowerCase);

  private final String name;
  private final ImmutableMap<String, E> byId;

  private EnumIds(String name, ImmutableMap<String, E> byId) {
    this.name = name;
    this.byId = byId;
  }

  private static <E extends Enum<E>> EnumIds<E> of(
      String name, E[] values, Function<E, String> id) {
    ImmutableMap.Builder<String, E> byId = ImmutableMap.builder();
    for (E value : values) {
      byId.put(id.apply(value), value);
    }
    return new EnumIds<>(name, byId.buildOrThrow());
  }

  /** The id of a constant that has no {@code id()}: its name in lower case, hyphens for underscores. */
  static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What the values are called in messages, such as "movement pattern". */
  String name() {
    return name;
  }

  /** The ids in declaration order. */
  ImmutableMap<String, E> byId() {
    return byId;
  }

  Optional<E> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
