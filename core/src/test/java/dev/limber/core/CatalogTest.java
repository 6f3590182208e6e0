package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private final Catalog catalog = SeedCatalog.catalog();

  @Test
  void findsExercisesUnderAnAreaAndEveryAreaInsideIt() {
    List<String> hips = catalog.exercisesTargeting("hips").stream().map(Exercise::id).collect(Collectors.toList());
    assertTrue(hips.containsAll(List.of("piriformis-stretch", "seated-figure-four", "knee-to-chest", "standing-hip-circles")), hips::toString);
    assertTrue(catalog.exercisesPrimarilyTargeting("hips").stream().noneMatch(e -> e.id().equals("knee-to-chest")));
  }

  @Test
  void indexesByPositionAndPattern() {
    assertEquals(2, catalog.exercisesIn(Position.STANDING).size());
    assertTrue(catalog.exercisesLoading(MovementPattern.WEIGHT_ON_WRISTS).stream().anyMatch(e -> e.id().equals("cat-cow")));
  }

  @Test
  void knowsTheAreaTree() {
    assertEquals(List.of("piriformis", "hips"), catalog.selfAndAncestors("piriformis"));
    assertTrue(catalog.selfAndDescendants("back").containsAll(List.of("back", "lower-back", "mid-back")));
    assertTrue(catalog.leafAreas().stream().noneMatch(a -> a.id().equals("hips")));
  }

  @Test
  void resolvesContraindicationsFromPatternAndAreaRules() {
    List<Contraindication> found = catalog.contraindications("piriformis-stretch");
    assertEquals(1, found.size(), found::toString);
    assertEquals("acute-injury-hip", found.get(0).conditionId());
    assertEquals(Severity.AVOID, found.get(0).severity());
    Contraindication wrist = catalog.contraindications("cat-cow").stream()
        .filter(c -> c.conditionId().equals("wrist-pain")).findFirst().orElseThrow();
    assertEquals(Severity.MODIFY, wrist.severity());
    assertEquals("Use fists or forearms.", wrist.instead());
  }

  @Test
  void reportsEveryDanglingReferenceAtOnce() {
    Catalog.Builder broken = Catalog.builder()
        .addAll(catalog)
        .addExercises(SeedCatalog.exercise("new-stretch", Position.SEATED, Laterality.BILATERAL, Dosage.seconds(10, 20, 30), "lower-bak")
            .addSecondaryTargets("hipz")
            .addEasierVariations("no-such-exercise")
            .addContraindications(Contraindication.builder().conditionId("no-such-condition").severity(Severity.AVOID).reason("Why.").build())
            .build())
        .addAreas(SeedCatalog.area("orphan", "nowhere"));
    CatalogException e = assertThrows(CatalogException.class, broken::build);
    assertEquals(5, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("unknown area \"lower-bak\"; did you mean lower-back?"), e.getMessage());
    assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("$.secondaryTargets[0]") && p.elementId().equals("new-stretch")));
  }

  @Test
  void refusesDuplicateIdsAndCyclesInTheAreaTree() {
    CatalogException e = assertThrows(CatalogException.class, () -> Catalog.builder()
        .addAreas(SeedCatalog.area("a", "b"), SeedCatalog.area("b", "a"), SeedCatalog.area("c", null), SeedCatalog.area("c", null))
        .build());
    String message = e.getMessage();
    assertTrue(message.contains("duplicate area id \"c\""), message);
    assertTrue(message.contains("the area tree has a cycle"), message);
  }

  @Test
  void refusesASequenceCountOutsideTheDosage() {
    CatalogException e = assertThrows(CatalogException.class, () -> Catalog.builder().addAll(catalog)
        .addSequences(Sequence.builder().id("too-long").name("Too long").description("x")
            .addSteps(SequenceStep.builder().exerciseId("cat-cow").phase(Phase.WARM_UP).count(99).build(),
                SequenceStep.of("knee-to-chest", Phase.MAIN), SequenceStep.of("childs-pose", Phase.COOL_DOWN)).build())
        .build());
    assertTrue(e.getMessage().contains("count 99 for cat-cow is outside its dosage of 5 to 10 breaths"), e.getMessage());
  }

  @Test
  void unknownExerciseListsCloseMatches() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.exerciseOrThrow("cat-cows"));
    assertEquals("unknown exercise \"cat-cows\"; did you mean cat-cow?", e.getMessage());
  }
}
