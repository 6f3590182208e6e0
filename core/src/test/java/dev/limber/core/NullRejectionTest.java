package dev.limber.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every public method of core rejects a null argument with a {@link NullPointerException} whose
 * message names the parameter: the static methods of every public class, the methods of every
 * public builder, and the instance methods of the catalog, the composer, the screener and the
 * values. The builders' generated setters are Immutables' (see {@link NullProbe}).
 */
public class NullRejectionTest {
  @Test
  void everyPublicMethodNamesTheNullParameter() throws Exception {
    NullProbe probe = probe();
    for (Class<?> type : publicClasses("dev.limber.core")) {
      probe.statics(type);
      builderOf(type).ifPresent(builder -> probe.instances(type.getSimpleName() + ".Builder", builder));
    }
    Catalog catalog = SeedCatalog.catalog();
    probe.instances("Catalog", () -> catalog);
    probe.instances("RoutineComposer", () -> RoutineComposer.of(catalog));
    probe.instances("Exercise", () -> catalog.exerciseOrThrow("cat-cow"));
    probe.instances("ComposeRequest", () -> ComposeRequest.ofMinutes(5));
    probe.instances("ScreeningAnswers", ScreeningAnswers::none);
    probe.instances("ComposerSettings", ComposerSettings::defaults);
    assertEquals(List.of(), probe.failures(), () -> probe.failures().size() + " of " + probe.probes());
    assertTrue(probe.probes() > 50, () -> "only " + probe.probes() + " probes");
  }

  /** A probe with samples of core's types, for this test and data's. */
  public static NullProbe probe() {
    Catalog catalog = SeedCatalog.catalog();
    return new NullProbe()
        .sample(Catalog.class, () -> catalog)
        .sample(Exercise.class, () -> catalog.exerciseOrThrow("cat-cow"))
        .sample(Sequence.class, () -> catalog.sequence("quick-morning").orElseThrow())
        .sample(ComposeRequest.class, () -> ComposeRequest.ofMinutes(5))
        .sample(ComposerSettings.class, ComposerSettings::defaults)
        .sample(ScreeningAnswers.class, ScreeningAnswers::none)
        .sample(RoutineComposer.class, () -> RoutineComposer.of(catalog));
  }

  /** The public classes of {@code pkg}, nested ones too. */
  public static List<Class<?>> publicClasses(String pkg) throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : topLevelClassNames(pkg)) {
      Class<?> type;
      try {
        type = Class.forName(name, false, NullRejectionTest.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      if (Modifier.isPublic(type.getModifiers()) && !type.getSimpleName().endsWith("Test")) {
        classes.add(type);
        for (Class<?> nested : type.getClasses()) {
          classes.add(nested);
        }
      }
    }
    return classes;
  }

  /**
   * The top-level classes of {@code pkg}: from the class path, or, when the tests run on the
   * module path (where Guava's ClassPath sees nothing), from the named module's own listing.
   */
  private static List<String> topLevelClassNames(String pkg) throws IOException {
    List<String> names = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(NullRejectionTest.class.getClassLoader()).getTopLevelClasses(pkg)) {
      names.add(info.getName());
    }
    Module module = Catalog.class.getModule();
    if (module.isNamed() && module.getLayer() != null) {
      java.lang.module.ResolvedModule resolved =
          module.getLayer().configuration().findModule(module.getName()).orElseThrow();
      try (java.lang.module.ModuleReader reader = resolved.reference().open();
          java.util.stream.Stream<String> resources = reader.list()) {
        String prefix = pkg.replace('.', '/') + '/';
        resources
            .filter(r -> r.startsWith(prefix) && r.endsWith(".class") && !r.contains("$"))
            .filter(r -> r.indexOf('/', prefix.length()) < 0)
            .map(r -> r.substring(0, r.length() - ".class".length()).replace('/', '.'))
            .filter(n -> !n.endsWith("package-info") && !n.endsWith("module-info"))
            .filter(n -> !names.contains(n))
            .sorted()
            .forEach(names::add);
      }
    }
    return names;
  }

  private static java.util.Optional<Supplier<?>> builderOf(Class<?> type) {
    try {
      Method builder = type.getMethod("builder");
      if (!Modifier.isStatic(builder.getModifiers()) || builder.getDeclaringClass() != type) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(
          () -> {
            try {
              return builder.invoke(null);
            } catch (ReflectiveOperationException e) {
              throw new AssertionError(e);
            }
          });
    } catch (NoSuchMethodException e) {
      return java.util.Optional.empty();
    }
  }
}
