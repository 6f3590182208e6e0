package dev.limber.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The muscle names of the free-exercise-db dataset ({@code primaryMuscles} and {@code
 * secondaryMuscles}: "abdominals", "lower back", "traps", ...) mapped to Limber's area ids, so an
 * app that imports exercises from it can target Limber's areas. Every name of the dataset maps to
 * an area of the bundled catalog: "chest" to {@code pectorals}, "middle back" to {@code mid-back},
 * "traps" to {@code upper-trapezius}, and so on.
 *
 * <p>The mapping is a bundled resource, {@code dev/limber/data/mapping/free-exercise-db-muscles.json},
 * read once on first use. This class is thread-safe.
 */
public final class FreeExerciseDbMuscles {
  static final String RESOURCE = "dev/limber/data/mapping/free-exercise-db-muscles.json";

  private FreeExerciseDbMuscles() {}

  /**
   * Every muscle name of the dataset with the area id it maps to, in the resource's order (the
   * dataset's names in alphabetical order).
   */
  public static ImmutableMap<String, String> areaIds() {
    return Holder.MAPPING;
  }

  /**
   * The area id for one of the dataset's muscle names; case and surrounding blanks are ignored.
   *
   * @return the area id, or empty if the dataset has no such muscle name
   * @throws NullPointerException if {@code muscle} is null
   */
  public static Optional<String> areaId(String muscle) {
    checkNotNull(muscle, "muscle");
    return Optional.ofNullable(Holder.MAPPING.get(CharMatcher.whitespace().trimFrom(muscle).toLowerCase(Locale.ROOT)));
  }

  private static final class Holder {
    static final ImmutableMap<String, String> MAPPING = read();

    private static ImmutableMap<String, String> read() {
      ObjectMapper mapper =
          new ObjectMapper()
              .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
              .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
      try (InputStream in = FreeExerciseDbMuscles.class.getResourceAsStream("/" + RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        JsonNode muscles = mapper.readTree(in).path("muscles");
        ImmutableMap.Builder<String, String> mapping = ImmutableMap.builder();
        for (Map.Entry<String, JsonNode> e : muscles.properties()) {
          mapping.put(e.getKey(), e.getValue().asText());
        }
        return mapping.buildOrThrow();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
