package dev.limber.core.figure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One still of a figure: a {@link BasePose} and the joint angles, in degrees, that differ from it
 * (see {@link Joint} for the sign of each). Immutable and thread-safe.
 */
public final class Keyframe {
  private final String name;
  private final BasePose base;
  private final ImmutableMap<Joint, Double> angles;

  private Keyframe(String name, BasePose base, Map<Joint, Double> angles) {
    this.name = checkNotNull(name, "name");
    this.base = checkNotNull(base, "base");
    checkNotNull(angles, "angles");
    Map<Joint, Double> sorted = new EnumMap<>(Joint.class);
    for (Map.Entry<Joint, Double> e : angles.entrySet()) {
      Double angle = checkNotNull(e.getValue(), "angles: %s has no angle", e.getKey());
      checkArgument(Double.isFinite(angle), "angles: %s (%s) must be finite", e.getKey(), angle);
      sorted.put(checkNotNull(e.getKey(), "angles: a joint is null"), angle);
    }
    this.angles = ImmutableMap.copyOf(sorted);
  }

  /**
   * A keyframe named {@code name} (such as {@code cow}), starting from {@code base}, with the
   * angles it overrides.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an angle is not finite
   */
  public static Keyframe of(String name, BasePose base, Map<Joint, Double> angles) {
    return new Keyframe(name, base, angles);
  }

  /** The keyframe's name, such as {@code cow}. */
  public String name() {
    return name;
  }

  /** The base pose it starts from. */
  public BasePose base() {
    return base;
  }

  /** The angles it overrides, as written. */
  public ImmutableMap<Joint, Double> angles() {
    return angles;
  }

  /**
   * Every joint's angle: the base's for the plane, then the overrides; 0 for the rest, except a
   * shoulder rotation that neither states, which is left out (the forearm then stays in the view's
   * plane; see {@link Joint#SHOULDER_ROTATION_LEFT}).
   */
  public ImmutableMap<Joint, Double> resolved(boolean sagittal) {
    Map<Joint, Double> all = new EnumMap<>(Joint.class);
    for (Joint j : Joint.values()) {
      if (!j.isRotation()) {
        all.put(j, 0.0);
      }
    }
    all.putAll(base.angles(sagittal));
    all.putAll(angles);
    return ImmutableMap.copyOf(all);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Keyframe k
        && name.equals(k.name)
        && base == k.base
        && angles.equals(k.angles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, base, angles);
  }

  @Override
  public String toString() {
    return "Keyframe{" + name + ", " + base.id() + ", " + angles + "}";
  }
}
