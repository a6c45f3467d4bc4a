package io.github.lambdalint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import io.github.lambdalint.snapshot.SnapshotSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lambda-lint snapshot --region R [--vpc V]... [--stack S]...}: prints the read-only AWS CLI
 * commands that write an AWS snapshot folder for {@code --aws-snapshot}. lambda-lint itself never
 * calls AWS; the user runs the commands with the credentials they already have.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Prints the read-only AWS CLI commands that write an AWS snapshot folder for --aws-snapshot.",
            "lambda-lint never calls AWS itself. See docs/snapshot.md for the IAM policy and CI recipes."})
final class SnapshotCommand implements Callable<Integer> {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern VPC_ID = Pattern.compile("vpc-[0-9a-f]{8,17}");
    /** CloudFormation stack names: a letter, then letters, digits and hyphens (at most 128). */
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,127}");
    /** A folder the printed shell commands can name without quoting. */
    private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9._/-]+");

    @Spec
    private CommandSpec spec;

    @Option(names = {"-r", "--region"}, paramLabel = "REGION", required = true,
            description = "The region to describe (eu-west-1).")
    private String region;

    @Option(names = "--vpc", paramLabel = "VPC_ID",
            description = "Describe only this VPC's network (repeatable). Default: every VPC of the region.")
    private List<String> vpcs = new ArrayList<>();

    @Option(names = "--stack", paramLabel = "NAME",
            description = "Describe this CloudFormation stack's outputs and parameters (repeatable).")
    private List<String> stacks = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "aws-snapshot",
            description = "The folder the commands write to. Default: ${DEFAULT-VALUE}.")
    private String folder;

    @Override
    public Integer call() {
        check(REGION, region, "--region", "a region such as eu-west-1");
        vpcs.forEach(vpc -> check(VPC_ID, vpc, "--vpc", "a VPC id such as vpc-0a1b2c3d4e5f60718"));
        stacks.forEach(stack -> check(STACK_NAME, stack, "--stack", "a CloudFormation stack name"));
        check(FOLDER, folder, "--dir", "a folder of letters, digits, '.', '_', '-' and '/'");
        PrintWriter out = spec.commandLine().getOut();
        out.println("# Read-only AWS CLI v2 commands that write an AWS snapshot for lambda-lint --aws-snapshot " + folder);
        out.println("# (docs/snapshot.md lists the IAM actions they need). The CLI pages through every result.");
        out.println("set -e");
        out.println("mkdir -p " + folder);
        for (SnapshotSource source : SnapshotSource.all()) {
            if (source.narrowing() == SnapshotSource.Narrowing.STACK_NAME) {
                for (String stack : stacks) {
                    out.println(command(source, " --stack-name " + stack, source.fileName() + "-" + stack));
                }
                continue;
            }
            out.println(command(source, narrowing(source.narrowing()), source.fileName()));
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private String command(SnapshotSource source, String narrowed, String file) {
        return "aws " + source.command() + " --region " + region + narrowed + " --output json > " + folder + "/"
                + file + ".json";
    }

    private String narrowing(SnapshotSource.Narrowing narrowing) {
        if (vpcs.isEmpty()) {
            return "";
        }
        String values = String.join(",", vpcs);
        return switch (narrowing) {
            case FILTERS_VPC_ID -> " --filters Name=vpc-id,Values=" + values;
            case FILTER_VPC_ID -> " --filter Name=vpc-id,Values=" + values;
            case FILTERS_ATTACHMENT_VPC_ID -> " --filters Name=attachment.vpc-id,Values=" + values;
            case VPC_IDS -> " --vpc-ids " + String.join(" ", vpcs);
            case NONE, STACK_NAME -> "";
        };
    }

    private void check(Pattern pattern, String value, String option, String what) {
        if (!pattern.matcher(value).matches()) {
            throw new ParameterException(spec.commandLine(), option + " '" + value + "' is not " + what);
        }
    }
}
