package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The composer's invariants over generated catalogs and requests: any catalog of the synthetic
 * generator, any combination of conditions, budgets from 1 to 60 minutes, any level, equipment,
 * positions and focus.
 */
class RoutineComposerPropertiesTest {
  private static final Map<Long, Catalog> CATALOGS = new ConcurrentHashMap<>();

  private static Catalog catalog(long seed) {
    return CATALOGS.computeIfAbsent(seed, s -> SyntheticCatalog.generate(s, 20 + (int) Math.floorMod(s, 60L)));
  }

  /** Requests with any combination of conditions and filters (no red flags). */
  private static Gen<ComposeRequest> requests() {
    Gen<Integer> budgets = integers().between(60, 3600);
    Gen<Integer> conditionMask = integers().between(0, (1 << SyntheticCatalog.CONDITIONS.size()) - 1);
    Gen<Integer> shape = integers().between(0, Integer.MAX_VALUE);
    Gen<Long> seeds = longs().between(0, 1000);
    return budgets.zip(conditionMask, shape, seeds, RoutineComposerPropertiesTest::request);
  }

  private static ComposeRequest request(int budget, int conditions, int shape, long seed) {
    ComposeRequest.Builder request = ComposeRequest.builder().budgetSeconds(budget).seed(seed);
    for (int i = 0; i < SyntheticCatalog.CONDITIONS.size(); i++) {
      if ((conditions & (1 << i)) != 0) {
        request.addConditions(SyntheticCatalog.CONDITIONS.get(i));
      }
    }
    request.level(Difficulty.values()[shape % 3]);
    if ((shape & 4) != 0) {
      request.noFloor(true);
    }
    if ((shape & 8) != 0) {
      request.cautionPolicy(CautionPolicy.EXCLUDE);
    }
    if ((shape & 16) != 0) {
      request.equipment(ImmutableSet.of());
    }
    if ((shape & 32) != 0) {
      EnumSet<Position> positions = EnumSet.noneOf(Position.class);
      for (Position p : Position.values()) {
        if (((shape >> 8) & (1 << p.ordinal())) != 0) {
          positions.add(p);
        }
      }
      request.positions(positions.isEmpty() ? EnumSet.of(Position.STANDING) : positions);
    }
    if ((shape & 64) != 0) {
      String region = SyntheticCatalog.REGIONS.get((shape >> 16) % SyntheticCatalog.REGIONS.size());
      request.putFocus(region, 1 + (shape >> 20) % 3);
      request.putFocus(region.equals("region-a") ? "region-b-2" : "region-a-1", 1.0);
    } else if ((shape & 128) != 0) {
      request.goal("goal-a");
    }
    if ((shape & 1024) != 0) {
      request.addExcluded("ex-1", "ex-3");
    }
    return request.build();
  }

  @Test
  void everyRoutineKeepsTheComposerContract() {
    qt().withExamples(300)
        .forAll(longs().between(0, 40), requests())
        .checkAssert(
            (catalogSeed, request) -> {
              Catalog catalog = catalog(catalogSeed);
              ComposeResult result = RoutineComposer.of(catalog).compose(request);
              RoutineInvariants.check(catalog, ComposerSettings.defaults(), request, result);
            });
  }

  @Test
  void theSameRequestAndSeedGiveTheSameRoutine() {
    qt().withExamples(100)
        .forAll(longs().between(0, 40), requests())
        .checkAssert(
            (catalogSeed, request) -> {
              Catalog catalog = catalog(catalogSeed);
              ComposeResult first = RoutineComposer.of(catalog).compose(request);
              ComposeResult second = RoutineComposer.of(catalog).compose(request.toBuilder().build());
              assertEquals(first, second);
            });
  }

  @Test
  void anyRedFlagGivesAReferralAndNoRoutine() {
    qt().withExamples(200)
        .forAll(longs().between(0, 40), requests(), integers().between(1, 7), booleans().all())
        .checkAssert(
            (catalogSeed, request, flags, firstFlagOnly) -> {
              List<String> reported = new ArrayList<>();
              for (int i = 0; i < SyntheticCatalog.RED_FLAGS.size(); i++) {
                if ((flags & (1 << i)) != 0) {
                  reported.add(SyntheticCatalog.RED_FLAGS.get(i));
                }
              }
              ComposeRequest flagged =
                  request.toBuilder()
                      .screening(ScreeningAnswers.of(reported.toArray(new String[0])))
                      .build();
              ComposeResult result = RoutineComposer.of(catalog(catalogSeed)).compose(flagged);
              assertEquals(ComposeResult.Outcome.REFERRAL, result.outcome());
              assertTrue(result.routine().isEmpty());
              Referral referral = result.referral().orElseThrow();
              assertEquals(reported.size(), referral.reasons().size());
              Urgency expected = reported.contains("flag-emergency") ? Urgency.EMERGENCY : Urgency.URGENT;
              assertEquals(expected, referral.urgency());
            });
  }

  @Test
  void composingFillsTheBudgetOfARichCatalog() {
    Catalog catalog = SyntheticCatalog.generate(7, 200);
    qt().withExamples(100)
        .forAll(integers().between(60, 3600), longs().between(0, 1000))
        .checkAssert(
            (budget, seed) -> {
              Routine routine =
                  RoutineComposer.of(catalog)
                      .compose(ComposeRequest.builder().budgetSeconds(budget).level(Difficulty.ADVANCED).seed(seed).build())
                      .routineOrThrow();
              ComposeRequest request = ComposeRequest.builder().budgetSeconds(budget).level(Difficulty.ADVANCED).seed(seed).build();
              RoutineInvariants.checkBudget(catalog, ComposerSettings.defaults(), request, routine);
              assertTrue(
                  budget < 120 || budget - routine.totalSeconds() <= Composition.FILL_TOLERANCE,
                  () -> budget + " s budget, " + routine.totalSeconds() + " s used");
            });
  }
}
