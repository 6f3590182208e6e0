/**
 * Limber's core: the immutable model, the {@link dev.limber.core.Catalog}, safety screening and
 * assessment, and the {@link dev.limber.core.RoutineComposer}. It reads no JSON; {@code
 * dev.limber.data} does.
 */
module dev.limber.core {
  // Guava's immutable collections are in the API.
  requires transitive com.google.common;
  // Annotations only: nullness, and the Immutables processor at compile time.
  requires static org.jspecify;
  requires static org.immutables.value;

  exports dev.limber.core;
  exports dev.limber.core.figure;
}
