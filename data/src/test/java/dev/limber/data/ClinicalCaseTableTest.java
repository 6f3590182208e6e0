package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.limber.core.Catalog;
import dev.limber.core.CautionPolicy;
import dev.limber.core.ExerciseAssessment;
import dev.limber.core.ExerciseAssessment.Verdict;
import dev.limber.core.SafetyAssessment;
import dev.limber.core.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A clinical case table, written from {@code domain.md}'s condition rules and their sources (ACSM,
 * Sinaki, ACOG, AAOS precautions, NICE, Jasien) and from what each exercise is, not from the
 * catalog's tags: for each (condition, exercise) the weakest severity a clinician would accept.
 * The catalog must give at least that, in its resolved contraindications, in its export, and in
 * the verdict a person with the condition gets. A wrong or missing tag fails here, where a test
 * that read its expectation from the tags could not see it.
 */
class ClinicalCaseTableTest {
  private static final Catalog CATALOG = CatalogLoader.bundled();
  private static final Map<String, JsonNode> EXPORTED = exported();

  /** condition | exercise | weakest acceptable severity | why, from the sources. */
  private static final String TABLE =
      """
      osteoporosis | knee-to-chest | avoid | end-range spinal flexion, named by Sinaki 1984 and domain.md
      osteoporosis | double-knee-to-chest | avoid | both knees pulled in: loaded spinal flexion
      osteoporosis | chair-forward-fold | avoid | toe-touch style forward fold
      osteoporosis | bent-knee-forward-fold | avoid | standing toe-touch fold
      osteoporosis | supine-spinal-twist | avoid | twist levered by the legs dropping to the floor (forceful twisting)
      osteoporosis | thread-the-needle | avoid | twist driven by body weight through the arm
      osteoporosis | head-to-knee-stretch | avoid | forward fold over the leg: flexion, often with rotation
      osteoporosis | seated-twist | caution | gentle twisting: caution short of end range
      osteoporosis | cat-cow | caution | small repeated rounding: caution
      osteoporosis | single-leg-balance | caution | falls break fragile bones
      osteoporosis | jog-on-the-spot | caution | impact and fall risk
      spondylolisthesis | cobra-pose | avoid | loaded extension, Sinaki 1989
      spondylolisthesis | prone-back-extension | avoid | repeated extension
      spondylolisthesis | standing-backbend | avoid | backbend to end range
      spondylolisthesis | sphinx-pose | avoid | held extension on the forearms
      spondylolisthesis | cat-cow | caution | small repeated arch (cow)
      lumbar-spinal-stenosis | cobra-pose | avoid | sustained extension narrows the canal
      lumbar-spinal-stenosis | standing-backbend | avoid | sustained extension
      lumbar-spinal-stenosis | sphinx-pose | avoid | sustained extension
      lumbar-spinal-stenosis | prone-back-extension | avoid | repeated extension
      herniated-disc | knee-to-chest | caution | sustained flexion with leg symptoms
      herniated-disc | double-knee-to-chest | caution | sustained flexion
      herniated-disc | supine-hamstring-stretch | caution | straight-leg raise loads the sciatic nerve
      herniated-disc | standing-hamstring-stretch | caution | straight leg with hip flexion: neural tension
      herniated-disc | seated-hamstring-stretch | caution | slump-like neural tension
      herniated-disc | supine-spinal-twist | caution | levered twist
      pregnancy | cobra-pose | avoid | lying prone, ACOG
      pregnancy | prone-quad-stretch | avoid | lying prone
      pregnancy | crocodile-breathing | avoid | lying prone
      pregnancy | forearm-plank | avoid | planks compress the abdomen (domain.md)
      pregnancy | side-plank | avoid | side planks load the abdomen (domain.md)
      pregnancy | knee-to-chest | modify | flat on the back after the first trimester: at least a supported form
      pregnancy | supine-spinal-twist | modify | flat on the back; twist
      pregnancy | glute-bridge | modify | starts flat on the back
      pregnancy | seated-twist | caution | open twists: caution
      pregnancy | single-leg-balance | caution | balance shifts with the bump
      pregnancy | wall-sit | caution | sustained bracing
      pregnancy | jog-on-the-spot | caution | impact with lax joints
      knee-injury | childs-pose | modify | deep knee flexion and kneeling
      knee-injury | wall-sit | modify | loaded knee bending (domain.md names wall sits)
      knee-injury | static-lunge | modify | loaded knee bending (domain.md names lunges)
      knee-injury | supported-deep-squat | modify | loaded deep squat
      knee-injury | chair-sit-to-stand | modify | loaded knee bending
      knee-injury | half-kneeling-hip-flexor-stretch | modify | kneeling on the knee
      knee-injury | kneeling-shin-stretch | modify | kneeling, deep knee flexion
      knee-injury | prone-quad-stretch | modify | heel to buttock: deep knee flexion
      knee-injury | standing-quad-stretch | modify | heel to buttock: deep knee flexion
      wrist-pain | cat-cow | modify | weight on extended wrists (domain.md)
      wrist-pain | bird-dog | modify | weight on extended wrists
      wrist-pain | quadruped-wrist-rocks | modify | weight on extended wrists
      wrist-pain | wall-push-up | modify | weight on extended wrists
      wrist-pain | prayer-stretch | caution | Phalen-like sustained wrist extension
      wrist-pain | reverse-prayer-stretch | caution | reverse-Phalen: sustained wrist flexion
      wrist-pain | wrist-flexor-stretch | caution | sustained end-range wrist extension
      hip-replacement-posterior | knee-to-chest | avoid | hip flexion past 90 degrees
      hip-replacement-posterior | childs-pose | avoid | deep hip flexion
      hip-replacement-posterior | standing-hamstring-stretch | avoid | hinging forward over a straight leg
      hip-replacement-posterior | seated-hamstring-stretch | avoid | hinging forward over a straight leg
      hip-replacement-posterior | piriformis-stretch | avoid | crossing the legs, deep flexion
      hip-replacement-posterior | seated-figure-four | avoid | crossing the legs
      hip-replacement-posterior | supine-cross-body-knee-pull | avoid | leg across the midline
      hip-replacement-posterior | supported-deep-squat | avoid | deep hip flexion
      hip-replacement-posterior | pigeon-pose | avoid | deep flexion, rotation
      hip-replacement-posterior | side-lying-leg-lift | caution | side lying: pillow between the knees
      hip-replacement-anterior | half-kneeling-hip-flexor-stretch | avoid | hip extension (domain.md names hip-flexor stretches)
      hip-replacement-anterior | standing-hip-flexor-stretch | avoid | hip extension
      hip-replacement-anterior | static-lunge | avoid | lunges (domain.md)
      hip-replacement-anterior | low-lunge | avoid | lunges
      hip-replacement-anterior | pigeon-pose | avoid | back leg extended and turned out
      hip-replacement-anterior | standing-hip-extension | avoid | leg taken behind the body
      hip-replacement-anterior | cobra-pose | avoid | early prone lying
      hip-replacement-anterior | prone-quad-stretch | avoid | prone, hip extended
      glaucoma | childs-pose | avoid | head below the heart
      glaucoma | bent-knee-forward-fold | avoid | standing forward bend raises eye pressure (Jasien 2015)
      glaucoma | extended-puppy-pose | avoid | head below the heart
      glaucoma | box-breathing | caution | breath holding (Valsalva raises eye pressure)
      high-blood-pressure | bent-knee-forward-fold | avoid | head below the heart
      high-blood-pressure | box-breathing | avoid | breath holding when not controlled
      high-blood-pressure | forearm-plank | caution | sustained isometric bracing (Edwards 2023: breathe, do not strain)
      high-blood-pressure | side-plank | caution | sustained bracing
      high-blood-pressure | wall-sit | caution | sustained bracing
      high-blood-pressure | wall-plank | caution | sustained bracing
      acute-injury-neck | neck-turns | avoid | moves the injured neck
      acute-injury-neck | chin-tuck | avoid | moves the injured neck
      acute-injury-neck | upper-trapezius-stretch | avoid | stretches the injured neck
      acute-injury-neck | levator-scapulae-stretch | avoid | stretches the injured neck
      acute-injury-neck | neck-side-tilts | avoid | moves the injured neck
      acute-injury-shoulder | doorway-chest-stretch | avoid | shoulder to end range
      acute-injury-shoulder | sleeper-stretch | avoid | shoulder to end range, lying on it
      acute-injury-shoulder | overhead-triceps-stretch | avoid | arm overhead at end range (the audit's case)
      acute-injury-shoulder | forearm-plank | avoid | weight through the shoulders
      acute-injury-shoulder | side-plank | avoid | weight through one shoulder
      acute-injury-shoulder | cat-cow | avoid | weight through the arms
      acute-injury-arm | cat-cow | avoid | weight through a sprained wrist (the audit's case)
      acute-injury-arm | prayer-stretch | avoid | injured wrist to end range
      acute-injury-arm | wrist-flexor-stretch | avoid | injured wrist to end range
      acute-injury-arm | bird-dog | avoid | weight through the hand
      acute-injury-arm | forearm-plank | avoid | weight through the forearms
      acute-injury-arm | wall-push-up | avoid | weight through the hands
      acute-injury-back | cat-cow | caution | stay active, within comfort (NICE)
      acute-injury-back | knee-to-chest | caution | gentle range only; end range left out
      acute-injury-back | cobra-pose | caution | end-range extension
      acute-injury-hip | pigeon-pose | avoid | injured hip to end range
      acute-injury-hip | static-lunge | avoid | weight through the injured hip
      acute-injury-hip | single-leg-balance | avoid | all weight on one hip
      acute-injury-hip | butterfly-stretch | avoid | stretches the injured groin
      acute-injury-leg | standing-hamstring-stretch | avoid | injured leg to end range
      acute-injury-leg | wall-sit | avoid | weight through the injured leg
      acute-injury-leg | single-leg-calf-raise | avoid | weight through one leg
      acute-injury-leg | static-lunge | avoid | weight through the injured leg
      acute-injury-leg | jog-on-the-spot | avoid | impact
      acute-injury-ankle-foot | single-leg-balance | avoid | all weight on one ankle
      acute-injury-ankle-foot | jog-on-the-spot | avoid | impact on the injured ankle
      acute-injury-ankle-foot | ankle-circles | avoid | moves the injured ankle
      acute-injury-ankle-foot | calf-raises | avoid | body weight through the ankle and foot
      acute-injury-ankle-foot | static-lunge | avoid | the front ankle bends under body weight
      """;

  static Stream<Arguments> cases() {
    return TABLE.lines()
        .filter(line -> !line.isBlank())
        .map(line -> line.split("\\|"))
        .map(f -> Arguments.of(f[0].strip(), f[1].strip(), Severity.fromId(f[2].strip()), f[3].strip()));
  }

  @Test
  void theTableHasAtLeastEightyRowsAndCoversEveryCondition() {
    Set<String> covered = new TreeSet<>();
    long rows = cases().peek(a -> covered.add((String) a.get()[0])).count();
    assertTrue(rows >= 80, "rows: " + rows);
    Set<String> all = new TreeSet<>();
    CATALOG.conditions().forEach(c -> all.add(c.id()));
    assertEquals(all, covered);
  }

  @ParameterizedTest(name = "{0} / {1}: at least {2}")
  @MethodSource("cases")
  void theCatalogGivesAtLeastTheSeverityTheSourcesImply(
      String condition, String exercise, Severity weakest, String why) {
    Optional<Severity> resolved =
        CATALOG.contraindications(exercise).stream()
            .filter(c -> c.conditionId().equals(condition))
            .map(c -> c.severity())
            .min(Enum::compareTo);
    assertTrue(
        resolved.isPresent() && resolved.get().compareTo(weakest) <= 0,
        () -> String.format("%s for %s: expected at least %s (%s), catalog gives %s",
            exercise, condition, weakest, why, resolved.map(Severity::id).orElse("nothing")));

    Optional<Severity> exported = Optional.empty();
    for (JsonNode c : EXPORTED.get(exercise).get("contraindications")) {
      if (c.get("condition").asText().equals(condition)) {
        Severity s = Severity.fromId(c.get("severity").asText());
        exported = exported.isEmpty() || s.compareTo(exported.get()) < 0 ? Optional.of(s) : exported;
      }
    }
    assertEquals(resolved, exported, "the export says what the catalog resolves");

    ExerciseAssessment verdict =
        SafetyAssessment.of(CATALOG, Set.of(condition), CautionPolicy.WARN).of(exercise);
    switch (weakest) {
      case AVOID -> assertEquals(Verdict.EXCLUDED, verdict.verdict(), why);
      case MODIFY -> assertTrue(
          verdict.verdict() == Verdict.MODIFIED || verdict.verdict() == Verdict.EXCLUDED, () -> why + ": " + verdict);
      case CAUTION -> assertTrue(verdict.verdict() != Verdict.ALLOWED, () -> why + ": " + verdict);
    }
  }

  private static Map<String, JsonNode> exported() {
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode e : LimberJson.toTree(CATALOG).get("exercises")) {
      byId.put(e.get("id").asText(), e);
    }
    return byId;
  }
}
