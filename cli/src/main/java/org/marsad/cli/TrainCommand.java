package org.marsad.cli;

import picocli.CommandLine.Command;

/** marsad train ...: builds the resources the named-entity tagger ships with. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Build the named-entity tagger's word clusters (from unlabelled news) and its model (from ANERcorp).",
    subcommands = {TrainClustersCommand.class, TrainNerCommand.class})
final class TrainCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
