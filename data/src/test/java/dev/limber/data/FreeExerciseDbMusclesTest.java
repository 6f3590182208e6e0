package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import dev.limber.core.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FreeExerciseDbMusclesTest {
  @Test
  void mapsEveryMuscleNameOfTheDataset() {
    Map<String, String> expected =
        ImmutableMap.<String, String>builder()
            .put("abdominals", "abdominals")
            .put("abductors", "abductors")
            .put("adductors", "adductors")
            .put("biceps", "biceps")
            .put("calves", "calves")
            .put("chest", "pectorals")
            .put("forearms", "forearms")
            .put("glutes", "glutes")
            .put("hamstrings", "hamstrings")
            .put("lats", "lats")
            .put("lower back", "lower-back")
            .put("middle back", "mid-back")
            .put("neck", "neck")
            .put("quadriceps", "quadriceps")
            .put("shoulders", "shoulders")
            .put("traps", "upper-trapezius")
            .put("triceps", "triceps")
            .build();

    assertEquals(expected, FreeExerciseDbMuscles.areaIds());
  }

  @Test
  void everyMappedAreaIdIsABundledArea() throws IOException {
    String areas =
        Resources.toString(
            Resources.getResource(BundledCatalog.ROOT + "areas.json"), StandardCharsets.UTF_8);
    Catalog areasOnly =
        CatalogLoader.builder().includeBundled(false).addJson("areas.json", areas).load();

    for (Map.Entry<String, String> e : FreeExerciseDbMuscles.areaIds().entrySet()) {
      assertTrue(
          areasOnly.area(e.getValue()).isPresent(),
          e.getKey() + " maps to " + e.getValue() + ", which is not a bundled area");
    }
  }

  @Test
  void looksUpNamesIgnoringCaseAndBlanks() {
    assertEquals(Optional.of("mid-back"), FreeExerciseDbMuscles.areaId(" Middle Back "));
    assertEquals(Optional.of("upper-trapezius"), FreeExerciseDbMuscles.areaId("traps"));
    assertEquals(Optional.empty(), FreeExerciseDbMuscles.areaId("gluteus maximus"));
  }

  @Test
  void mappingFileValidatesAgainstItsSchema() throws IOException {
    String json =
        Resources.toString(
            Resources.getResource(FreeExerciseDbMuscles.RESOURCE), StandardCharsets.UTF_8);

    assertEquals(List.of(), CatalogSchemas.errors("muscle-mapping.schema.json", json));
  }
}
