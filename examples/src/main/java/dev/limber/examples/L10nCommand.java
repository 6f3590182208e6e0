package dev.limber.examples;

import dev.limber.data.LocaleOverlayStamp;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code limber l10n}: tools for translators of the catalog. */
@Command(
    name = "l10n",
    mixinStandardHelpOptions = true,
    description = "Tools for translators: stamp the locale overlays of a catalog directory.",
    subcommands = {L10nCommand.Stamp.class})
final class L10nCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return LimberCli.USAGE;
  }

  /**
   * {@code limber l10n stamp --locale de DIR}: records in every translated field of {@code
   * DIR/l10n/de/} the hash of the English it now matches.
   */
  @Command(
      name = "stamp",
      mixinStandardHelpOptions = true,
      description = {
        "Sets \\\"from\\\" of every translated field in DIR/l10n/LOCALE/ to the hash of the current"
            + " English text. Run it after checking (or updating) the translation against the"
            + " English; 'limber validate DIR' then no longer calls the field stale."
      },
      footer = {
        "",
        "Example:",
        "  limber l10n stamp --locale de data/src/main/resources/dev/limber/data/catalog"
      })
  static final class Stamp implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--no-bundled",
        description = "The directory is a whole catalog of its own: stamp against its English alone.")
    boolean noBundled;

    @Option(names = "--locale", required = true, paramLabel = "TAG", description = "The locale folder, such as de, es or de-AT.")
    String locale = "";

    @Parameters(paramLabel = "DIR", description = "A catalog directory with an l10n/ folder.")
    Path directory = Path.of(".");

    @Override
    public Integer call() {
      if (!Files.isDirectory(directory.resolve("l10n").resolve(locale))) {
        throw new ParameterException(
            spec.commandLine(), directory + " has no l10n/" + locale + "/ folder of overlays");
      }
      List<Path> stamped;
      try {
        stamped = LocaleOverlayStamp.stamp(directory, locale, !noBundled);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("Stamped " + Wording.plural(stamped.size(), "file", "files") + " of " + locale + ".");
      out.flush();
      return LimberCli.OK;
    }
  }
}
