package io.github.lambdalint.resolve;

import java.util.Optional;

import io.github.lambdalint.parse.Node;

/**
 * What a template's {@link Resolver} may learn from the other templates of the run: the value of
 * an export ({@code Fn::ImportValue}) or of a named stack's output ({@code Fn::GetStackOutput}).
 * What cannot be found is an {@link Value.Unknown} whose identity names the import, so two uses of
 * one import are still the same value.
 */
public interface OtherStacks {

    /** No other template in view: every import is read at deploy time. */
    OtherStacks NONE = new OtherStacks() {
        @Override
        public Value importValue(String exportName, Node call) {
            return new Value.Unknown("Fn::ImportValue reads another stack's export at deploy time",
                    Optional.of(importIdentity(exportName)), call);
        }

        @Override
        public Value stackOutput(String stackName, String outputName, Optional<String> region, Node call) {
            return new Value.Unknown("Fn::GetStackOutput reads another stack's output at deploy time",
                    Optional.of(outputIdentity(stackName, outputName)), call);
        }

        @Override
        public Value nestedStackOutput(String logicalId, String outputName, Node call) {
            return new Value.Unknown("the outputs of nested stack " + logicalId + " are known at deploy time",
                    Optional.of("!GetAtt " + logicalId + ".Outputs." + outputName), call);
        }
    };

    Value importValue(String exportName, Node call);

    /** @param region the region the output is read in, when known (the function's own or the template's) */
    Value stackOutput(String stackName, String outputName, Optional<String> region, Node call);

    /** {@code !GetAtt Child.Outputs.Name} of a nested stack ({@code AWS::CloudFormation::Stack}, {@code AWS::Serverless::Application}). */
    Value nestedStackOutput(String logicalId, String outputName, Node call);

    /** How a message names an import: as the template writes it. */
    static String importIdentity(String exportName) {
        return "!ImportValue " + exportName;
    }

    static String outputIdentity(String stackName, String outputName) {
        return "!GetStackOutput " + stackName + "." + outputName;
    }
}
