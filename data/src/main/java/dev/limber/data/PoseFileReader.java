package dev.limber.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.limber.core.figure.BasePose;
import dev.limber.core.figure.Joint;
import dev.limber.core.figure.Keyframe;
import dev.limber.core.figure.Pose;
import dev.limber.core.figure.Prop;
import dev.limber.core.figure.View;
import dev.limber.data.CatalogSource.Origin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads a pose file ({@code poses/<exercise-id>.json}, schema {@code pose.schema.json}) into a
 * {@link CatalogSource}, reporting every problem with its line, column and JSON path. The pose's
 * own checks (ranges, floor, contacts) and its exercise id run when the catalog is built, and
 * {@link CatalogSource} maps them back to this file. Not thread-safe.
 */
final class PoseFileReader {
  static final ImmutableSet<String> FIELDS = ImmutableSet.of("exercise", "view", "keyframes");
  static final ImmutableSet<String> OPTIONAL = ImmutableSet.of("$schema", "props", "sources");
  static final ImmutableSet<String> KEYFRAME_FIELDS = ImmutableSet.of("name", "base");
  static final ImmutableSet<String> KEYFRAME_OPTIONAL = ImmutableSet.of("angles");
  static final int MAX_KEYFRAMES = 8;
  private static final ImmutableMap<String, View> VIEWS = byId(View.values(), View::id);
  private static final ImmutableMap<String, Prop> PROPS = byId(Prop.values(), Prop::id);
  private static final ImmutableMap<String, BasePose> BASE_POSES =
      byId(BasePose.values(), BasePose::id);
  private static final ImmutableMap<String, Joint> JOINTS = byId(Joint.values(), Joint::id);

  private final CatalogSource into;
  private final ProblemList problems;

  PoseFileReader(CatalogSource into) {
    this.into = into;
    this.problems = into.problems();
  }

  void read(JsonDocument document, JsonNode root) {
    Optional<JsonFields> opened = JsonFields.open(document, problems, "$", root, FIELDS, OPTIONAL);
    if (!opened.isPresent()) {
      into.broken(CatalogSource.POSE, FileKind.stem(document.resource()));
      return;
    }
    JsonFields f = opened.get();
    Optional<String> exercise = f.slug("exercise");
    String stem = FileKind.stem(document.resource());
    exercise
        .filter(id -> !id.equals(stem))
        .ifPresent(
            id ->
                f.report(
                    "exercise",
                    String.format(
                        "exercise \"%s\" must match the file name, so the file should be named"
                            + " %s.json (it is %s.json)",
                        id, id, stem)));
    Optional<View> view =
        f.text("view").flatMap(v -> id(f, () -> JsonDocument.member("$", "view"), v, "view", VIEWS));
    List<Prop> props = new ArrayList<>();
    f.slugs("props", 0)
        .ifPresent(
            ids -> {
              for (int i = 0; i < ids.size(); i++) {
                int index = i;
                Supplier<String> at =
                    () -> JsonDocument.element(JsonDocument.member("$", "props"), index);
                id(f, at, ids.get(i), "prop", PROPS).ifPresent(props::add);
              }
            });
    List<String> sources = f.texts("sources", false, 0).orElse(List.of());
    List<Keyframe> keyframes = new ArrayList<>();
    f.objects("keyframes", 1, KEYFRAME_FIELDS, KEYFRAME_OPTIONAL)
        .ifPresent(
            items -> {
              if (items.size() > MAX_KEYFRAMES) {
                f.report("keyframes", "must have at most " + MAX_KEYFRAMES + " keyframes");
              }
              for (JsonFields k : items) {
                keyframe(k).ifPresent(keyframes::add);
              }
            });
    if (f.hasProblems() || !exercise.isPresent() || !view.isPresent()) {
      into.broken(CatalogSource.POSE, exercise.orElse(stem));
      return;
    }
    into.add(
        Pose.of(exercise.get(), view.get(), props, keyframes, sources),
        new Origin(document, "$", Map.of()));
  }

  private Optional<Keyframe> keyframe(JsonFields k) {
    Optional<String> name = k.slug("name");
    Optional<BasePose> base =
        k.text("base")
            .flatMap(
                b -> id(k, () -> JsonDocument.member(k.path(), "base"), b, "base pose", BASE_POSES));
    Map<Joint, Double> angles = new EnumMap<>(Joint.class);
    k.weights("angles", -181, 180, false, 0)
        .ifPresent(
            map ->
                map.forEach(
                    (joint, angle) ->
                        id(k, () -> JsonDocument.member(JsonDocument.member(k.path(), "angles"), joint),
                                joint, "joint", JOINTS)
                            .ifPresent(j -> angles.put(j, angle))));
    if (k.hasProblems() || !name.isPresent() || !base.isPresent()) {
      return Optional.empty();
    }
    return Optional.of(Keyframe.of(name.get(), base.get(), angles));
  }

  /** The constant with that id, or a problem at the path {@code at} naming the ids and a close match. */
  private static <E> Optional<E> id(
      JsonFields f, Supplier<String> at, String id, String noun, ImmutableMap<String, E> byId) {
    E found = byId.get(id);
    if (found != null) {
      return Optional.of(found);
    }
    List<String> known = byId.keySet().asList();
    List<String> close = JsonFields.closeMatches(id, known);
    f.reportAt(
        at.get(),
        String.format(
            "unknown %s \"%s\"; %sexpected one of %s",
            noun,
            id,
            close.isEmpty() ? "" : "did you mean \"" + close.get(0) + "\"? ",
            String.join(", ", known)));
    return Optional.empty();
  }

  private static <E> ImmutableMap<String, E> byId(E[] values, Function<E, String> id) {
    return Arrays.stream(values).collect(ImmutableMap.toImmutableMap(id, v -> v));
  }
}
