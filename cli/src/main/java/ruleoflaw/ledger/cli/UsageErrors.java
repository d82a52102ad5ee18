package ruleoflaw.ledger.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that does not parse: its usage line and {@code bin/suite COMMAND: error: WHY}, exit status 2, as
 * bin/ledger (argparse) said it.
 */
final class UsageErrors implements IParameterExceptionHandler {

    static final int STATUS = 2;

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        String heading = command.getCommandSpec().usageMessage().synopsisHeading();
        for (String line : command.getCommandSpec().usageMessage().customSynopsis()) {
            err.println(heading + line);
            heading = "";
        }
        err.println(command.getCommandSpec().qualifiedName() + ": error: " + why(error, command));
        err.flush();
        return STATUS;
    }

    private static String why(ParameterException error, CommandLine command) {
        if (error instanceof MissingParameterException missing) {
            return "the following arguments are required: "
                    + missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", "));
        }
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (!command.getSubcommands().isEmpty() && !first.startsWith("-")) {
                return "argument command: invalid choice: '" + first + "' (choose from "
                        + command.getSubcommands().keySet().stream().map(name -> "'" + name + "'")
                                .collect(Collectors.joining(", ")) + ")";
            }
            return "unrecognized arguments: " + String.join(" ", unmatched.getUnmatched());
        }
        return error.getMessage();
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return ((PositionalParamSpec) arg).paramLabel();
    }
}
