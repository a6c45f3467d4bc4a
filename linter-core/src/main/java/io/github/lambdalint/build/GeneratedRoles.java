package io.github.lambdalint.build;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.github.lambdalint.model.DeadLetterQueue;
import io.github.lambdalint.model.VpcConfig;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.model.iam.OpaquePolicy;
import io.github.lambdalint.model.iam.Purpose;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/**
 * The role SAM generates for a function without {@code Role}, as the SAM translator builds it
 * (samtranslator/model/sam_resources.py, _construct_role; verified against the translator's
 * test outputs, e.g. function_with_file_system_config and globals_for_function): the basic
 * execution policy always, the VPC access policy when {@code VpcConfig} is set, X-Ray when
 * {@code Tracing} is on, {@code Policies}, the dead-letter and destination policies, and the
 * managed policy of each polled event source.
 */
final class GeneratedRoles {

    private static final Map<String, String> POLLER_POLICIES = Map.of(
            "SQS", "AWSLambdaSQSQueueExecutionRole",
            "Kinesis", "AWSLambdaKinesisExecutionRole",
            "DynamoDB", "AWSLambdaDynamoDBExecutionRole",
            "MSK", "AWSLambdaMSKExecutionRole");

    private final LiveResources resources;

    GeneratedRoles(LiveResources resources) {
        this.resources = resources;
    }

    ExecutionRole.GeneratedRole of(Resource function, Function<String, Optional<Value>> property) {
        PolicyDocuments.Collector collector = new PolicyDocuments.Collector();
        Value anchor = new Value.Text(function.logicalId(), function.declaration());
        managed(property.apply("DurableConfig").isPresent()
                ? "service-role/AWSLambdaBasicDurableExecutionRolePolicy"
                : "service-role/AWSLambdaBasicExecutionRole", anchor, collector);
        boolean tracing = property.apply("Tracing").map(t -> !t.asText().filter("Disabled"::equals).isPresent())
                .orElse(false);
        if (tracing) {
            managed("AWSXrayWriteOnlyAccess", anchor, collector);
        }
        if (property.apply("VpcConfig").isPresent()) {
            managed("service-role/AWSLambdaVPCAccessExecutionRole", anchor, collector);
        }
        property.apply("Policies").ifPresent(policies -> policies(policies, function.logicalId(), collector));
        property.apply("DeadLetterQueue").ifPresent(dlq -> deadLetterQueue(dlq, collector));
        property.apply("EventInvokeConfig").ifPresent(config -> destinations(config, collector));
        property.apply("Events").flatMap(Value::asMap).ifPresent(events -> pollers(events, collector));
        ExecutionRole.TrustPolicy trust = property.apply("AssumeRolePolicyDocument")
                .map(doc -> TrustPolicies.read(Optional.of(doc)))
                .orElseGet(() -> TrustPolicies.lambdaOnly(anchor));
        // SAM sets the function's PermissionsBoundary on the role it generates
        return new ExecutionRole.GeneratedRole(function.logicalId(), collector.permissions(), trust,
                property.apply("PermissionsBoundary").map(new RoleReader(resources)::boundary), function.position());
    }

    private static void managed(String path, Value anchor, PolicyDocuments.Collector collector) {
        PolicyDocuments.managed(new Value.Text("arn:aws:iam::aws:policy/" + path, anchor.source()), collector);
    }

    private static void policies(Value policies, String functionId, PolicyDocuments.Collector collector) {
        List<Value> list = policies.asList().orElse(List.of(policies));
        for (Value policy : list) {
            Optional<String> name = policy.asText();
            if (name.isPresent() && !name.get().contains(":")) {
                managed(name.get(), policy, collector);
                continue;
            }
            if (name.isPresent() || policy instanceof Value.Concat) {
                PolicyDocuments.managed(policy, collector);
                continue;
            }
            Optional<Value.MapValue> map = policy.asMap();
            if (map.isPresent() && map.get().get("Statement").isPresent()) {
                PolicyDocuments.read(policy, "inline policy in Policies of " + functionId, Purpose.FUNCTION_CODE,
                        collector);
                continue;
            }
            if (map.isPresent() && map.get().entries().size() == 1) {
                String templateName = map.get().entries().keySet().iterator().next();
                Optional<SamPolicyTemplates.Template> template = SamPolicyTemplates.instance().byName(templateName);
                if (template.isPresent()) {
                    Value parameters = map.get().entries().get(templateName);
                    List<Value> resourceValues = parameters.asMap()
                            .map(p -> p.entries().values().stream().toList()).orElse(List.of());
                    collector.statements.add(PolicyDocuments.granted(template.get().actions(), resourceValues,
                            "SAM policy template " + templateName, Purpose.FUNCTION_CODE, policy.position(),
                            policy.source()));
                    continue;
                }
            }
            collector.opaque.add(new OpaquePolicy("a policy in Policies of " + functionId
                    + " that lambda-lint cannot read", policy.position()));
        }
    }

    private static void deadLetterQueue(Value dlq, PolicyDocuments.Collector collector) {
        Optional<String> type = LiveResources.path(Optional.of(dlq), "Type").flatMap(Value::asText);
        Optional<Value> target = LiveResources.path(Optional.of(dlq), "TargetArn");
        if (type.isEmpty() || target.isEmpty()) {
            return;
        }
        String action = type.get().toUpperCase(Locale.ROOT).equals("SNS") ? "sns:Publish" : "sqs:SendMessage";
        collector.statements.add(PolicyDocuments.granted(List.of(action), List.of(target.get()),
                "the dead-letter queue policy SAM adds", Purpose.LAMBDA_SERVICE, dlq.position(), dlq.source()));
    }

    private static void destinations(Value config, PolicyDocuments.Collector collector) {
        for (String outcome : List.of("OnSuccess", "OnFailure")) {
            Optional<Value> destination = LiveResources.path(Optional.of(config), "DestinationConfig", outcome);
            Optional<String> type = LiveResources.path(destination, "Type").flatMap(Value::asText);
            if (type.isEmpty()) {
                continue;
            }
            String action = switch (type.get().toUpperCase(Locale.ROOT)) {
                case "SQS" -> "sqs:SendMessage";
                case "SNS" -> "sns:Publish";
                case "EVENTBRIDGE" -> "events:PutEvents";
                case "LAMBDA" -> "lambda:InvokeFunction";
                case "S3BUCKET" -> "s3:PutObject";
                default -> null;
            };
            if (action != null) {
                List<Value> target = LiveResources.path(destination, "Destination").map(List::of).orElse(List.of());
                collector.statements.add(PolicyDocuments.granted(List.of(action), target,
                        "the " + outcome + " destination policy SAM adds", Purpose.LAMBDA_SERVICE,
                        destination.get().position(), destination.get().source()));
            }
        }
    }

    private static void pollers(Value.MapValue events, PolicyDocuments.Collector collector) {
        for (Value event : events.entries().values()) {
            Optional<String> type = LiveResources.path(Optional.of(event), "Type").flatMap(Value::asText);
            Optional<String> policy = type.map(POLLER_POLICIES::get);
            boolean snsToSqs = type.filter("SNS"::equals).isPresent() && TriggerReader.isSqsSubscription(
                    LiveResources.path(Optional.of(event), "Properties", "SqsSubscription"));
            if (snsToSqs) {
                policy = Optional.of(POLLER_POLICIES.get("SQS"));
            }
            policy.ifPresent(name -> managed("service-role/" + name, event, collector));
        }
    }
}
