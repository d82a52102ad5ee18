package ruleoflaw.ledger.cli;

import picocli.CommandLine.Option;

/** -h, --help: every command's. */
public final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help message and exit")
    private boolean help;
}
