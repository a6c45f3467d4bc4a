package io.github.lambdalint.resolve;

import java.util.Optional;

/**
 * What the account already holds of other stacks, as the AWS snapshot gives it: export values
 * ({@code cloudformation list-exports}) and stack outputs ({@code cloudformation describe-stacks}).
 * The templates of the run win: these answer only an import no template of the run gives. A value
 * is read only for a stack that deploys to the snapshot's region ({@code region} empty when the
 * template's region is not known), since imports and outputs never cross regions. The value is
 * placed where the import is written; the model finds the snapshot's own line for evidence.
 */
public interface DeployedStacks {

    /** No snapshot: nothing is deployed as far as lambda-lint knows. */
    DeployedStacks NONE = new DeployedStacks() {
        @Override
        public Optional<String> export(String name, Optional<String> region) {
            return Optional.empty();
        }

        @Override
        public Optional<String> output(String stackName, String outputKey, Optional<String> region) {
            return Optional.empty();
        }
    };

    Optional<String> export(String name, Optional<String> region);

    Optional<String> output(String stackName, String outputKey, Optional<String> region);
}
