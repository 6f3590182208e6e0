package dev.limber.examples;

import dev.limber.core.CatalogException;
import dev.limber.core.Difficulty;
import dev.limber.core.ExerciseKind;
import dev.limber.core.LimberException;
import dev.limber.core.Position;
import dev.limber.core.Problem;
import dev.limber.core.Side;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code limber} command-line tool: compose a routine, validate catalog files, and list, show
 * or export the catalog.
 *
 * <pre>
 * java -jar examples/target/limber.jar compose --minutes 10 --focus lower-back
 * java -jar examples/target/limber.jar validate my-exercises/
 * java -jar examples/target/limber.jar list --area hips
 * java -jar examples/target/limber.jar show cat-cow
 * java -jar examples/target/limber.jar export
 * </pre>
 *
 * <p>Exit codes: {@value #OK} success (a referral is a success: the tool did its job); {@value
 * #DATA_PROBLEM} the catalog data has problems, each printed as {@code file:line:column: message},
 * or could not be read; {@value #USAGE} bad arguments, such as an unknown area, printed as one line
 * with close matches; {@value #INFEASIBLE} no safe exercise fits the request; {@value
 * #INTERNAL_ERROR} a bug in Limber. The tool never prints a stack trace.
 *
 * <p>Tests and apps can run it in process with {@link #commandLine()}, whose output and error
 * writers can be replaced.
 */
@Command(
    name = "limber",
    mixinStandardHelpOptions = true,
    versionProvider = LimberCli.Version.class,
    description = {
      "Safe, timed stretching routines from the Limber catalog.",
      "General guidance on exercise, not medical advice."
    },
    subcommands = {
      ComposeCommand.class,
      SequenceCommand.class,
      ValidateCommand.class,
      ListCommand.class,
      ShowCommand.class,
      ExportCommand.class,
      FigureCommand.class,
      FiguresCommand.class,
      L10nCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success; also when a red flag gives a referral instead of a routine",
      "1:catalog data has problems, or could not be read",
      "2:bad arguments, such as an unknown area or condition",
      "3:no safe exercise fits the request",
      "70:internal error in Limber"
    })
public final class LimberCli implements Callable<Integer> {
  /** Success, including a referral. */
  public static final int OK = 0;

  /** Catalog data has problems, or could not be read. */
  public static final int DATA_PROBLEM = 1;

  /** Bad arguments; the same as picocli's usage error code. */
  public static final int USAGE = 2;

  /** The request is valid but no safe exercise fits it. */
  public static final int INFEASIBLE = 3;

  /** A bug in Limber. */
  public static final int INTERNAL_ERROR = 70;

  @Spec CommandSpec spec;

  LimberCli() {}

  /** Runs the tool with {@code args} and exits the JVM with its exit code. */
  public static void main(String[] args) {
    CommandLine commandLine = commandLine();
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }

  /**
   * A new, configured instance of the tool, to {@linkplain CommandLine#execute(String...)
   * execute} in process. Set its writers with {@link CommandLine#setOut} and {@link
   * CommandLine#setErr} before executing. Not thread-safe: use one instance per run.
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new LimberCli());
    commandLine.registerConverter(Difficulty.class, byId(Difficulty::fromId));
    commandLine.registerConverter(Position.class, byId(Position::fromId));
    commandLine.registerConverter(ExerciseKind.class, byId(ExerciseKind::fromId));
    commandLine.registerConverter(Side.class, byId(Side::fromId));
    commandLine.registerConverter(ComposeCommand.Format.class, byId(ComposeCommand.Format::fromId));
    commandLine.setParameterExceptionHandler(LimberCli::onBadArguments);
    commandLine.setExecutionExceptionHandler(LimberCli::onFailure);
    // Each command has -V/--version from mixinStandardHelpOptions; the provider is set once here.
    Version version = new Version();
    commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
    return commandLine;
  }

  /**
   * Runs {@code limber} without a command: prints the usage to the error writer.
   *
   * @return {@link #USAGE}
   */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  private static <T> CommandLine.ITypeConverter<T> byId(Function<String, T> fromId) {
    return id -> {
      try {
        return fromId.apply(id);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    };
  }

  private static int onBadArguments(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    String name = commandLine.getCommandSpec().qualifiedName();
    String message = oneLine(e.getMessage());
    List<String> suggestions = List.of();
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> words = unmatched.getUnmatched();
      boolean commandExpected = !commandLine.getSubcommands().isEmpty();
      if (commandExpected && !words.isEmpty() && !words.get(0).startsWith("-")) {
        message = "unknown command '" + words.get(0) + "'";
      }
      suggestions = unmatched.getSuggestions();
    }
    StringBuilder line = new StringBuilder(name).append(": ").append(message);
    if (!suggestions.isEmpty()) {
      line.append("; did you mean ").append(String.join(", ", suggestions)).append('?');
    }
    line.append(" (see '").append(name).append(" --help')");
    commandLine.getErr().println(line);
    commandLine.getErr().flush();
    return USAGE;
  }

  private static int onFailure(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String name = commandLine.getCommandSpec().qualifiedName();
    int exitCode;
    if (e instanceof CatalogException catalogException) {
      List<Problem> problems = catalogException.problems();
      err.println(
          name
              + ": the catalog has "
              + Wording.plural(problems.size(), "problem", "problems")
              + ":");
      problems.forEach(err::println);
      if (problems.stream().anyMatch(p -> p.message().startsWith("duplicate"))) {
        err.println(
            "To replace a bundled element on purpose, give yours \"replaces\": \"<its id>\"; for"
                + " a whole catalog of your own, add --no-bundled.");
      }
      exitCode = DATA_PROBLEM;
    } else if (e instanceof UncheckedIOException || e instanceof IOException) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      err.println(name + ": cannot read " + oneLine(String.valueOf(cause.getMessage())));
      exitCode = DATA_PROBLEM;
    } else if (e instanceof LimberException) {
      err.println(name + ": " + oneLine(String.valueOf(e.getMessage())));
      exitCode = DATA_PROBLEM;
    } else {
      err.println(
          name
              + ": internal error, please report it: "
              + e.getClass().getName()
              + ": "
              + oneLine(String.valueOf(e.getMessage())));
      exitCode = INTERNAL_ERROR;
    }
    err.flush();
    return exitCode;
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = LimberCli.class.getPackage().getImplementationVersion();
      return new String[] {"limber " + (version == null ? "(development build)" : version)};
    }
  }
}
