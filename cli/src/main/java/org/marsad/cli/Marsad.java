package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The marsad command line: one subcommand per thing a user does with the store. */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Marsad (مرصد): an Arabic news observatory. Reads news files into a searchable store and groups them into stories.",
    subcommands = {
      IngestCommand.class,
      AnalyzeCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      ArticlesCommand.class,
      ArticleCommand.class,
      EntitiesCommand.class,
      QuotesCommand.class,
      FiguresCommand.class,
      ReuseCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      StatsCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      TrainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Marsad implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code; tests call this instead of main. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Marsad());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      // Expected failures (a missing store, a busy store, bad arguments) get one line, not a stack trace.
      line.getErr().println("marsad: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      if (System.getenv("MARSAD_DEBUG") != null) ex.printStackTrace(line.getErr());
      return 2;
    });
    return cl.execute(args);
  }
}
