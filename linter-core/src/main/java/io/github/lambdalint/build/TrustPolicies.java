package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.Value;

/** Reads the service principals of an {@code AssumeRolePolicyDocument}. */
final class TrustPolicies {

    private TrustPolicies() {
    }

    /** The trust policy, its position being where {@code AssumeRolePolicyDocument} is written (the key). */
    static ExecutionRole.TrustPolicy read(Optional<Value> document, Optional<Position> key) {
        ExecutionRole.TrustPolicy read = read(document);
        return key.isEmpty() ? read
                : new ExecutionRole.TrustPolicy(read.servicePrincipals(), read.readable(), key);
    }

    static ExecutionRole.TrustPolicy read(Optional<Value> document) {
        if (document.isEmpty()) {
            return new ExecutionRole.TrustPolicy(List.of(), true, Optional.empty());
        }
        Optional<Value.MapValue> map = document.get().asMap();
        if (map.isEmpty()) {
            return new ExecutionRole.TrustPolicy(List.of(), false, Optional.of(document.get().position()));
        }
        Optional<Value> statements = map.get().get("Statement");
        List<Value> list = statements.map(s -> s.asList().orElse(List.of(s))).orElse(List.of());
        List<Value> services = new ArrayList<>();
        boolean readable = true;
        for (Value statement : list) {
            Optional<Value.MapValue> body = statement.asMap();
            if (body.isEmpty()) {
                readable = false;
                continue;
            }
            boolean allow = body.get().get("Effect").flatMap(Value::asText).filter("Allow"::equalsIgnoreCase)
                    .isPresent();
            if (!allow) {
                continue;
            }
            Optional<Value> principal = body.get().get("Principal");
            Optional<Value> service = principal.flatMap(Value::asMap).flatMap(p -> p.get("Service"));
            if (principal.isPresent() && principal.get().asMap().isEmpty()) {
                readable = false;
            }
            service.ifPresent(s -> services.addAll(s.asList().orElse(List.of(s))));
        }
        return new ExecutionRole.TrustPolicy(services, readable, Optional.of(document.get().position()));
    }

    /** What SAM writes when a function has no {@code AssumeRolePolicyDocument}: Lambda only. */
    static ExecutionRole.TrustPolicy lambdaOnly(Value anchor) {
        return new ExecutionRole.TrustPolicy(List.of(new Value.Text("lambda.amazonaws.com", anchor.source())), true,
                Optional.empty());
    }
}
