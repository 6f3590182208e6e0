package dev.limber.examples;

// README: imports-start
import dev.limber.core.Catalog;
import dev.limber.core.ComposeRequest;
import dev.limber.core.ComposeResult;
import dev.limber.core.Limber;
import dev.limber.core.RoutineComposer;
import dev.limber.core.ScreeningAnswers;
import dev.limber.data.CatalogLoader;
// README: imports-end
import dev.limber.core.Referral;
import dev.limber.core.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The README's "Embed it" snippet, compiled and run by the build: {@code ReadmeTest} checks that
 * the README quotes the code between the {@code README:} markers word for word, and {@code
 * ExamplesTest} runs it. The app's own parts (a timer, a referral screen, a message) are stand-ins
 * that record what they are given, so that the example can assert it.
 */
public final class EmbedIt {
  private final List<String> scheduled = new ArrayList<>();
  private final Timer timer = (start, duration, name, side, reason, warnings, modification) ->
      scheduled.add(start + "+" + duration + " " + name + side.map(s -> " (" + s.id() + ")").orElse(""));
  private String shown = "";

  private EmbedIt() {}

  /** Runs the snippet and checks what it scheduled; throws {@link AssertionError} if it did not. */
  public static void main(String[] args) {
    EmbedIt app = new EmbedIt();
    app.run();
    app.scheduled.forEach(System.out::println);
    System.out.println(app.shown);
    if (app.scheduled.isEmpty() || !app.shown.equals(Limber.DISCLAIMER)) {
      throw new AssertionError("EmbedIt: expected a scheduled routine and the disclaimer");
    }
  }

  private void run() {
    // README: embed-start
    Catalog catalog = CatalogLoader.bundled();               // load once, off the UI thread
    RoutineComposer composer = RoutineComposer.of(catalog);  // immutable and thread-safe: share

    ComposeResult result = composer.compose(ComposeRequest.builder()
        .budgetSeconds(10 * 60)
        .putFocus("lower-back", 2.0)
        .putFocus("hips", 1.0)
        .addConditions("herniated-disc")        // ids, names or aliases ("sciatica")
        .screening(ScreeningAnswers.none())     // red flags: urgent ones give a referral
        .noFloor(true)
        .seed(42)                               // same request and seed, same routine
        .build());

    switch (result.outcome()) {
      case ROUTINE -> {
        result.routineOrThrow().items().forEach(item ->
            timer.schedule(item.startSeconds(), item.durationSeconds(), item.name(), item.side(),
                item.reason(), item.warnings(), item.modification()));
        showMessage(Limber.DISCLAIMER);         // general guidance, not medical advice
      }
      case REFERRAL -> showReferral(result.referral().get());  // urgency and reasons
      case INFEASIBLE -> showMessage(result.infeasibleReason().get());
    }
    // README: embed-end
  }

  /** The app's timer. */
  @FunctionalInterface
  interface Timer {
    void schedule(
        int startSeconds,
        int durationSeconds,
        String name,
        Optional<Side> side,
        String reason,
        List<String> warnings,
        Optional<String> modification);
  }

  private void showReferral(Referral referral) {
    throw new AssertionError("EmbedIt: no red flag was reported, yet: " + referral);
  }

  private void showMessage(String message) {
    shown = message;
  }
}
