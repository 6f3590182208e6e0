package dev.limber.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.core.ComposeResult;
import dev.limber.core.NullProbe;
import dev.limber.core.Routine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public method of data rejects a null argument with a {@link NullPointerException} whose
 * message names the parameter: the loader, its builder, the JSON writer and the muscle mapping.
 */
class NullRejectionTest {
  @Test
  void everyPublicMethodNamesTheNullParameter() throws Exception {
    ComposeResult result =
        dev.limber.core.RoutineComposer.of(CatalogLoader.bundled())
            .compose(dev.limber.core.ComposeRequest.ofMinutes(5));
    NullProbe probe =
        dev.limber.core.NullRejectionTest.probe()
            .sample(ComposeResult.class, () -> result)
            .sample(Routine.class, result::routineOrThrow);
    for (Class<?> type : dev.limber.core.NullRejectionTest.publicClasses("dev.limber.data")) {
      probe.statics(type);
    }
    probe.instances("CatalogLoader.Builder", () -> CatalogLoader.builder().includeBundled(false));
    assertEquals(List.of(), probe.failures(), () -> probe.failures().size() + " of " + probe.probes());
    assertTrue(probe.probes() > 10, () -> "only " + probe.probes() + " probes");
  }
}
