package io.github.lambdalint.model.database;

import java.util.Optional;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/**
 * An {@code AWS::RDS::DBClusterParameterGroup}. Aurora MySQL reads the role it invokes Lambda
 * with from the cluster parameter {@code aws_default_lambda_role}.
 */
public record DbClusterParameterGroup(String logicalId, Optional<Value> parameters, Position position) {

    /** The value of one parameter, when the parameter map is written out. */
    public Optional<Value> parameter(String name) {
        return parameters.flatMap(Value::asMap).flatMap(m -> m.get(name));
    }
}
