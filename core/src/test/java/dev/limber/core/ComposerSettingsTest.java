package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
