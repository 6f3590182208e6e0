package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every bound of {@link ComposerSettings}, at its edge and one step past it. */
class ComposerSettingsTest {
  private static ComposerSettings with(UnaryOperator<ComposerSettings.Builder> edit) {
    return edit.apply(ComposerSettings.builder()).build();
  }

  private static void rejected(String named, UnaryOperator<ComposerSettings.Builder> edit) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> with(edit));
    assertTrue(e.getMessage().startsWith(named), e.getMessage());
  }

  @Test
  void secondsAreAcceptedAtTheirEdgesAndRejectedPastThem() {
    assertEquals(0, with(b -> b.sideSwitchSeconds(0)).sideSwitchSeconds());
    assertEquals(60, with(b -> b.sideSwitchSeconds(60)).sideSwitchSeconds());
    rejected("sideSwitchSeconds (-1)", b -> b.sideSwitchSeconds(-1));
    rejected("sideSwitchSeconds (61)", b -> b.sideSwitchSeconds(61));

    assertEquals(0, with(b -> b.setupSeconds(0)).setupSeconds());
    assertEquals(60, with(b -> b.setupSeconds(60).positionChangeSeconds(60)).setupSeconds());
    rejected("setupSeconds (-1)", b -> b.setupSeconds(-1));
    rejected("setupSeconds (61)", b -> b.setupSeconds(61).positionChangeSeconds(120));

    assertEquals(5, with(b -> b.setupSeconds(5).positionChangeSeconds(5)).positionChangeSeconds());
    assertEquals(120, with(b -> b.positionChangeSeconds(120)).positionChangeSeconds());
    rejected("positionChangeSeconds (4)", b -> b.setupSeconds(5).positionChangeSeconds(4));
    rejected("positionChangeSeconds (121)", b -> b.positionChangeSeconds(121));
  }

  @Test
  void restDoseAndSessionSecondsAreAcceptedAtTheirEdgesAndRejectedPastThem() {
    assertEquals(0, with(b -> b.setRestSeconds(0)).setRestSeconds());
    assertEquals(60, with(b -> b.setRestSeconds(60)).setRestSeconds());
    rejected("setRestSeconds (-1)", b -> b.setRestSeconds(-1));
    rejected("setRestSeconds (61)", b -> b.setRestSeconds(61));

    assertEquals(10, with(b -> b.doseSeconds(10)).doseSeconds());
    assertEquals(600, with(b -> b.doseSeconds(600)).doseSeconds());
    rejected("doseSeconds (9)", b -> b.doseSeconds(9));
    rejected("doseSeconds (601)", b -> b.doseSeconds(601));

    assertEquals(0, with(b -> b.shortSessionSeconds(0)).shortSessionSeconds());
    assertEquals(3600, with(b -> b.shortSessionSeconds(3600)).shortSessionSeconds());
    rejected("shortSessionSeconds (-1)", b -> b.shortSessionSeconds(-1));
    rejected("shortSessionSeconds (3601)", b -> b.shortSessionSeconds(3601));

    assertEquals(0, with(b -> b.coolDownFromSeconds(0)).coolDownFromSeconds());
    assertEquals(7200, with(b -> b.coolDownFromSeconds(7200)).coolDownFromSeconds());
    rejected("coolDownFromSeconds (-1)", b -> b.coolDownFromSeconds(-1));
    rejected("coolDownFromSeconds (7201)", b -> b.coolDownFromSeconds(7201));
  }

  /** A weight's setter on the builder, its getter, and the largest value it takes. */
  private record Weight(String name, BiFunction<ComposerSettings.Builder, Double, ComposerSettings.Builder> set,
      ToDoubleFunction<ComposerSettings> get, double max) {}

  private static final List<Weight> WEIGHTS = List.of(
      new Weight("beyondDoseValue", ComposerSettings.Builder::beyondDoseValue, ComposerSettings::beyondDoseValue, 1),
      new Weight("secondaryTargetValue", ComposerSettings.Builder::secondaryTargetValue, ComposerSettings::secondaryTargetValue, 1),
      new Weight("overTargetValue", ComposerSettings.Builder::overTargetValue, ComposerSettings::overTargetValue, 1),
      new Weight("transitionWeight", ComposerSettings.Builder::transitionWeight, ComposerSettings::transitionWeight, 10),
      new Weight("cautionWeight", ComposerSettings.Builder::cautionWeight, ComposerSettings::cautionWeight, 10),
      new Weight("recentWeight", ComposerSettings.Builder::recentWeight, ComposerSettings::recentWeight, 10),
      new Weight("newExerciseWeight", ComposerSettings.Builder::newExerciseWeight, ComposerSettings::newExerciseWeight, 1),
      new Weight("phaseFitWeight", ComposerSettings.Builder::phaseFitWeight, ComposerSettings::phaseFitWeight, 1),
      new Weight("varietyWeight", ComposerSettings.Builder::varietyWeight, ComposerSettings::varietyWeight, 1),
      new Weight("preferredTagWeight", ComposerSettings.Builder::preferredTagWeight, ComposerSettings::preferredTagWeight, 1),
      new Weight("spineBalanceWeight", ComposerSettings.Builder::spineBalanceWeight, ComposerSettings::spineBalanceWeight, 1));

  @Test
  void everyWeightIsAcceptedFromZeroToItsMaximumAndRejectedPastEither() {
    for (Weight w : WEIGHTS) {
      assertEquals(0.0, w.get().applyAsDouble(with(b -> w.set().apply(b, 0.0))), w.name());
      assertEquals(w.max(), w.get().applyAsDouble(with(b -> w.set().apply(b, w.max()))), w.name());
      IllegalArgumentException below =
          assertThrows(IllegalArgumentException.class, () -> with(b -> w.set().apply(b, -0.01)), w.name());
      assertEquals(w.name() + " (-0.01) must be between 0 and " + w.max(), below.getMessage());
      double past = w.max() + 0.01;
      IllegalArgumentException above =
          assertThrows(IllegalArgumentException.class, () -> with(b -> w.set().apply(b, past)), w.name());
      assertTrue(above.getMessage().startsWith(w.name() + " (" + past + ")"), above.getMessage());
    }
  }

  @Test
  void theDefaultsAreThoseDocumented() {
    ComposerSettings d = ComposerSettings.defaults();
    assertEquals(ComposerSettings.builder().build(), d);
    assertEquals(List.of(5, 5, 15, 5, 60, 240, 300, 20, 55),
        List.of(d.sideSwitchSeconds(), d.setupSeconds(), d.positionChangeSeconds(), d.setRestSeconds(), d.doseSeconds(),
            d.shortSessionSeconds(), d.coolDownFromSeconds(), d.minAge(), d.maxAge()));
    assertEquals(List.of(0.7, 0.5, 0.25, 2.0, 0.3, 1.0, 0.01, 0.1, 0.25, 0.05, 0.04, 0.2, 0.15),
        List.of(d.beyondDoseValue(), d.secondaryTargetValue(), d.overTargetValue(), d.transitionWeight(), d.cautionWeight(),
            d.recentWeight(), d.newExerciseWeight(), d.phaseFitWeight(), d.varietyWeight(), d.preferredTagWeight(),
            d.spineBalanceWeight(), d.warmUpShare(), d.coolDownShare()));
  }

  @Test
  void sharesAreAcceptedAtTheirEdgesAndRejectedPastThem() {
    assertEquals(0.0, with(b -> b.warmUpShare(0)).warmUpShare());
    assertEquals(0.5, with(b -> b.warmUpShare(0.5)).warmUpShare());
    rejected("warmUpShare (-0.01)", b -> b.warmUpShare(-0.01));
    rejected("warmUpShare (0.51)", b -> b.warmUpShare(0.51));
    assertEquals(0.0, with(b -> b.coolDownShare(0)).coolDownShare());
    assertEquals(0.5, with(b -> b.coolDownShare(0.5)).coolDownShare());
    rejected("coolDownShare (-0.01)", b -> b.coolDownShare(-0.01));
    rejected("coolDownShare (0.51)", b -> b.coolDownShare(0.51));
  }

  @Test
  void theAgeWindowMayBeOneAgeButNotNegativeOrInverted() {
    assertEquals(0, with(b -> b.minAge(0).maxAge(0)).minAge());
    assertEquals(40, with(b -> b.minAge(40).maxAge(40)).maxAge());
    rejected("minAge (-1)", b -> b.minAge(-1));
    rejected("minAge (41)", b -> b.minAge(41).maxAge(40));
  }

  @Test
  void aTransitionWithinAPositionTakesTheSetupTimeAndBetweenPositionsTheChangeTime() {
    ComposerSettings settings = with(b -> b.setupSeconds(3).positionChangeSeconds(17));
    assertEquals(3, settings.transitionSeconds(Position.SUPINE, Position.SUPINE));
    assertEquals(17, settings.transitionSeconds(Position.STANDING, Position.SUPINE));
  }
}
