package dev.limber.core.figure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.limber.core.Exercise;
import dev.limber.core.Position;
import dev.limber.core.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How to draw one exercise: the view, the props and one keyframe for a static hold or two or more
 * for a drill. A one-sided exercise is posed for its left side; {@link Figures} mirrors it for the
 * right. Immutable and thread-safe.
 *
 * <p>{@link #check(Exercise)} finds what is anatomically or physically wrong with it: an angle
 * outside its joint's {@linkplain Joint normal range}, a body part below the floor, a contact
 * that the exercise's {@link Position} implies and the pose misses. The contacts: a hand and a
 * knee on all fours (a drill may lift the other hand and knee: bird-dog's reach rests on one hand
 * and the opposite knee); a knee kneeling; hands or forearms and feet or knees in a plank; a foot
 * standing or seated; the pelvis floor-seated, or a hand and a foot when the hips are lifted (a
 * reverse tabletop, placed on its lowest hand or foot); the pelvis prone; the upper back supine,
 * on the {@link Prop#FOAM_ROLLER foam roller} if the pose has one.
 */
public final class Pose {
  private final String exerciseId;
  private final View view;
  private final ImmutableSet<Prop> props;
  private final ImmutableList<Keyframe> keyframes;
  private final ImmutableList<String> sources;

  private Pose(
      String exerciseId,
      View view,
      Collection<Prop> props,
      List<Keyframe> keyframes,
      List<String> sources) {
    this.exerciseId = checkNotNull(exerciseId, "exerciseId");
    this.view = checkNotNull(view, "view");
    this.props = ImmutableSet.copyOf(checkNotNull(props, "props"));
    this.keyframes = ImmutableList.copyOf(checkNotNull(keyframes, "keyframes"));
    this.sources = ImmutableList.copyOf(checkNotNull(sources, "sources"));
    checkArgument(!this.keyframes.isEmpty(), "keyframes of pose %s must not be empty", exerciseId);
  }

  /**
   * A pose of the exercise with id {@code exerciseId}.
   *
   * @throws NullPointerException if an argument is or holds null
   * @throws IllegalArgumentException if there is no keyframe
   */
  public static Pose of(
      String exerciseId,
      View view,
      Collection<Prop> props,
      List<Keyframe> keyframes,
      List<String> sources) {
    return new Pose(exerciseId, view, props, keyframes, sources);
  }

  /** The id of the exercise it draws. */
  public String exerciseId() {
    return exerciseId;
  }

  /** The direction it is seen from. */
  public View view() {
    return view;
  }

  /** The props drawn with it. */
  public ImmutableSet<Prop> props() {
    return props;
  }

  /** Its keyframes, in the order a drill goes through them (and back to the first). */
  public ImmutableList<Keyframe> keyframes() {
    return keyframes;
  }

  /** Where its shape comes from (the exercise's steps, a textbook), as free text. */
  public ImmutableList<String> sources() {
    return sources;
  }

  /**
   * Every problem with this pose as a pose of {@code exercise}: each is a {@link Problem} of
   * element kind {@code pose} and element id the exercise's id, at a JSON path of the pose file
   * ({@code $.keyframes[1].angles.elbow-left}, say), worded for the person who wrote it.
   *
   * @return the problems, empty if the pose is good
   * @throws NullPointerException if {@code exercise} is null
   */
  public ImmutableList<Problem> check(Exercise exercise) {
    checkNotNull(exercise, "exercise");
    List<Problem> found = new ArrayList<>();
    Position position = exercise.position();
    if (position == Position.SEATED && !props.contains(Prop.CHAIR)) {
      found.add(problem("$.props", "a chair-seated pose needs the prop \"chair\" to sit on"));
    }
    if (view == View.TOP
        && position != Position.SUPINE
        && position != Position.PRONE
        && position != Position.SIDE_LYING) {
      found.add(
          problem("$.view", "the top view is for lying positions; this exercise is " + position.id()));
    }
    for (int i = 0; i < keyframes.size(); i++) {
      Keyframe k = keyframes.get(i);
      String at = "$.keyframes[" + i + "]";
      if (k.base().position() != position) {
        found.add(
            problem(
                at + ".base",
                String.format(
                    "base \"%s\" is a %s pose, but the exercise is %s; use a base of that position",
                    k.base().id(), k.base().position().id(), position.id())));
        continue;
      }
      boolean sagittal = Body.sagittal(view, position);
      for (var e : k.angles().entrySet()) {
        Joint j = e.getKey();
        double v = e.getValue();
        if (v < j.min(sagittal) - 1e-9 || v > j.max(sagittal) + 1e-9) {
          found.add(
              problem(
                  at + ".angles." + j.id(),
                  String.format(
                      java.util.Locale.ROOT,
                      "%s %s is outside its normal range %s to %s (%s view)",
                      j.id(),
                      Body.fmt(v),
                      Body.fmt(j.min(sagittal)),
                      Body.fmt(j.max(sagittal)),
                      view.id())));
        }
      }
      for (String message : Body.of(this, k, position).contactProblems()) {
        found.add(problem(at, message));
      }
    }
    return ImmutableList.copyOf(found);
  }

  private Problem problem(String path, String message) {
    return Problem.builder()
        .resource("pose " + exerciseId)
        .path(path)
        .message(message)
        .elementKind("pose")
        .elementId(exerciseId)
        .build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pose p
        && exerciseId.equals(p.exerciseId)
        && view == p.view
        && props.equals(p.props)
        && keyframes.equals(p.keyframes)
        && sources.equals(p.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(exerciseId, view, props, keyframes, sources);
  }

  @Override
  public String toString() {
    return "Pose{" + exerciseId + ", " + view.id() + ", " + props + ", " + keyframes + "}";
  }
}
