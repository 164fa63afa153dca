package org.marsad.cli;

import picocli.CommandLine.Command;

/**
 * marsad analyze PATH...: the main job. For now it ingests and reports what was stored; story building
 * joins this same command when it lands.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Ingest PATH... and analyse the store (today: the same as ingest).",
        "Example: marsad analyze samples/aleppo-2016"})
final class AnalyzeCommand extends IngestCommand {}
