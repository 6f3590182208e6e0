package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Core and data as named modules: their descriptors resolve on a module path with Guava, Jackson
 * and JSpecify alone, export only their API packages, and the bundled catalog loads from data's
 * own module (its resources are not exported, and need not be).
 */
class ModulePathTest {
  /** The class path entries a module path needs: core, data and what they require. */
  private static List<Path> modulePath() {
    return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(Path::of)
        .filter(Files::exists)
        .filter(
            p -> {
              String s = p.toString().replace('\\', '/');
              return s.endsWith("core/target/classes")
                  || s.endsWith("data/target/classes")
                  || s.matches(".*/limber-(core|data)-[^/]*(?<!tests)\\.jar")
                  || s.matches(".*/(guava|failureaccess|jspecify|jackson-(core|databind|annotations))-[^/]*\\.jar");
            })
        .collect(Collectors.toList());
  }

  @Test
  void coreAndDataResolveAsModulesAndExportOnlyTheirApi() {
    ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
    Configuration configuration =
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("dev.limber.data"));

    ModuleDescriptor core = configuration.findModule("dev.limber.core").orElseThrow().reference().descriptor();
    ModuleDescriptor data = configuration.findModule("dev.limber.data").orElseThrow().reference().descriptor();
    assertEquals(Set.of("dev.limber.core", "dev.limber.core.figure"), exported(core.exports()));
    assertEquals(Set.of("dev.limber.data"), exported(data.exports()));
    assertTrue(core.requires().stream().anyMatch(r -> r.name().equals("org.jspecify") && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)));
    assertTrue(core.requires().stream().anyMatch(r -> r.name().equals("org.immutables.value") && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)));
  }

  @Test
  void theBundledCatalogLoadsFromTheNamedDataModule() throws Exception {
    ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
    Configuration configuration =
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("dev.limber.data"));
    ModuleLayer layer =
        ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());

    Class<?> loader = layer.findLoader("dev.limber.data").loadClass("dev.limber.data.CatalogLoader");
    assertEquals("dev.limber.data", loader.getModule().getName());
    Object catalog = loader.getMethod("bundled").invoke(null);
    Collection<?> exercises = (Collection<?>) catalog.getClass().getMethod("exercises").invoke(catalog);
    assertEquals("dev.limber.core", catalog.getClass().getModule().getName());
    assertEquals(CatalogLoader.bundled().exercises().size(), exercises.size());
  }

  private static Set<String> exported(Set<ModuleDescriptor.Exports> exports) {
    return exports.stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
  }
}
