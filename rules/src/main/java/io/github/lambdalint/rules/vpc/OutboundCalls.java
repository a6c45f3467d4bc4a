package io.github.lambdalint.rules.vpc;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.model.Connector;
import io.github.lambdalint.model.CustomResource;
import io.github.lambdalint.model.FunctionReferences;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.iam.Effect;
import io.github.lambdalint.model.iam.Permissions;
import io.github.lambdalint.model.iam.PolicyStatement;
import io.github.lambdalint.model.iam.Purpose;
import io.github.lambdalint.resolve.Value;

/**
 * What a function's template shows it calls over the network: AWS APIs its role lets its code
 * use, the SAM connectors that have it as Source, other functions whose name or ARN its environment
 * passes, and URLs in its environment.
 * Only evidence counts: what the Lambda service does with the role on the function's behalf
 * (logs, traces, network interfaces, polling event sources, writing to the dead-letter queue and
 * destinations) is no call, and {@code Action: "*"} names no particular service.
 */
final class OutboundCalls {

    /**
     * One thing the function calls. {@code endpoints} are the VPC endpoint service names that
     * serve it; empty for a host on the internet, which only a NAT reaches.
     */
    record Call(String key, String label, List<String> endpoints, List<Evidence> evidence) {
        boolean internetOnly() {
            return endpoints.isEmpty();
        }
    }

    private final TemplateModel model;
    /** The calls each view of a role allows, read once: thousands of functions may share one role. */
    private final Map<Permissions, Map<String, Call>> callsOfRole = new IdentityHashMap<>();
    /**
     * The calls each statement allows, read once: the views of a shared role that the functions'
     * own queues and destinations split apart still share most of their statements.
     */
    private final Map<PolicyStatement, List<StatementCall>> callsOfStatement = new IdentityHashMap<>();

    /** A service one action of a statement lets the code call, with the statement as evidence. */
    private record StatementCall(String service, Evidence evidence) {
    }

    private OutboundCalls(TemplateModel model) {
        this.model = model;
    }

    /** A reader of the model's functions' calls, for one check of the model. */
    static OutboundCalls in(TemplateModel model) {
        return new OutboundCalls(model);
    }

    /** The calls the template shows, one per service or host, in the order they are written. */
    List<Call> of(LambdaFunction function) {
        Permissions permissions = function.role().permissions();
        Map<String, Call> calls = new LinkedHashMap<>(permissions.statements().isEmpty() ? Map.of()
                : callsOfRole.computeIfAbsent(permissions, this::readRole));
        readEnvironment(function, calls);
        readCustomResources(function, calls);
        readConnectors(function, calls);
        return List.copyOf(calls.values());
    }

    // ---- the role ----------------------------------------------------------------------------

    private Map<String, Call> readRole(Permissions permissions) {
        Map<String, Call> calls = new LinkedHashMap<>();
        for (PolicyStatement statement : permissions.statements()) {
            for (StatementCall call : callsOfStatement.computeIfAbsent(statement, OutboundCalls::readStatement)) {
                add(calls, call.service(), call.service(), AwsServices.endpointsFor(call.service()), call.evidence());
            }
        }
        return calls;
    }

    private static List<StatementCall> readStatement(PolicyStatement statement) {
        if (statement.effect() != Effect.ALLOW || statement.notAction()
                || statement.purpose() == Purpose.LAMBDA_SERVICE) {
            return List.of();
        }
        List<StatementCall> calls = new ArrayList<>();
        for (Value action : statement.actions()) {
            Optional<String> pattern = action.asText();
            if (pattern.isEmpty()) {
                continue;
            }
            String service = AwsServices.calledService(pattern.get());
            if (service == null) {
                continue;
            }
            String text = statement.origin() + " allows " + pattern.get();
            calls.add(new StatementCall(service, Evidence.at(statement.position(), text)));
        }
        return calls;
    }

    // ---- custom resources --------------------------------------------------------------------

    /**
     * A custom resource's handler reports to CloudFormation by PUTting its response to the
     * pre-signed Amazon S3 URL of the request (ResponseURL): an S3 call of the function's code that
     * no policy shows, since the URL carries its own signature.
     */
    private void readCustomResources(LambdaFunction function, Map<String, Call> calls) {
        for (CustomResource resource : model.customResourcesOf(function.logicalId())) {
            add(calls, "s3", "s3", AwsServices.endpointsFor("s3"), Evidence.at(resource.position(), "custom resource "
                    + resource.logicalId() + " (" + resource.type() + ") has CloudFormation invoke the function,"
                    + " which must PUT its response to a pre-signed Amazon S3 URL"));
        }
    }

    // ---- SAM connectors -----------------------------------------------------------------------

    /** A connector from the function grants its role access, exactly as the equivalent policy would. */
    private void readConnectors(LambdaFunction function, Map<String, Call> calls) {
        for (Connector connector : model.connectorsFrom(function.logicalId())) {
            String access = connector.permissions().isEmpty() ? "access"
                    : String.join(" and ", connector.permissions()) + " access";
            add(calls, connector.service(), connector.service(), AwsServices.endpointsFor(connector.service()),
                    Evidence.at(connector.position(), "SAM connector " + connector.name() + " gives the function "
                            + access + " to " + connector.destination() + " (" + connector.destinationType() + ")"));
        }
    }

    // ---- the environment ---------------------------------------------------------------------

    private void readEnvironment(LambdaFunction function, Map<String, Call> calls) {
        boolean privateZones = model.hasResourceOfType("AWS::Route53::HostedZone")
                || model.hasResourceOfType("AWS::ServiceDiscovery::PrivateDnsNamespace");
        for (Map.Entry<String, Value> variable : function.environmentVariables().entrySet()) {
            List<Value> alternatives = variable.getValue().alternatives();
            Call first = null;
            for (Value alternative : alternatives) {
                Call call = callIn(function, variable.getKey(), alternative, privateZones);
                if (call == null) {
                    first = null; // some deployment of the variable calls nothing
                    break;
                }
                if (first == null) {
                    first = call;
                }
            }
            if (first != null) {
                add(calls, first.key(), first.label(), first.endpoints(), first.evidence().get(0));
            }
        }
    }

    private Call callIn(LambdaFunction function, String name, Value value, boolean privateZones) {
        Optional<String> other = otherFunction(function, value);
        if (other.isPresent()) {
            return new Call("lambda", "lambda", List.of("lambda"), List.of(Evidence.at(value.position(),
                    "environment variable " + name + " passes " + other.get())));
        }
        for (Value.ResourceRef ref : value.references().toList()) {
            if (ref.isAttribute("FunctionUrl")
                    && model.typeOf(ref.logicalId()).filter("AWS::Lambda::Url"::equals).isPresent()) {
                return new Call("internet:function-url:" + ref.logicalId(), "the function URL " + ref.logicalId(),
                        List.of(), List.of(Evidence.at(value.position(), "environment variable " + name
                        + " passes the URL of function URL " + ref.logicalId() + ", a public HTTPS endpoint")));
            }
        }
        Optional<UrlTargets.Target> target = UrlTargets.of(value, privateZones);
        if (target.isEmpty()) {
            return null;
        }
        UrlTargets.Target url = target.get();
        String shown = url.url().length() > 80 ? url.url().substring(0, 77) + "..." : url.url();
        return switch (url.kind()) {
            case INTERNET -> new Call("internet:" + shown, shown, List.of(), List.of(Evidence.at(value.position(),
                    "environment variable " + name + " is " + shown + ", a host outside the VPC")));
            case AWS_SERVICE -> new Call(url.service(), url.service(), List.of(url.service()),
                    List.of(Evidence.at(value.position(), "environment variable " + name + " is " + shown
                            + ", an " + url.service() + " API URL")));
            default -> null;
        };
    }

    /**
     * Another function that the value names (Ref or GetAtt of a function, version or alias of the
     * template, a literal Lambda function ARN, another function's FunctionName), described.
     */
    private Optional<String> otherFunction(LambdaFunction function, Value value) {
        for (Value.ResourceRef ref : value.references().toList()) {
            if (ref.logicalId().equals(function.logicalId()) || ref.isAttribute("FunctionUrl")) {
                continue;
            }
            if (model.typeOf(ref.logicalId()).filter(FunctionReferences::isFunctionOrQualifier).isPresent()) {
                return Optional.of("function " + ref.logicalId());
            }
        }
        String text = literalParts(value);
        if (text.contains(":lambda:") && text.contains(":function:")) {
            String name = text.substring(text.indexOf(":function:") + ":function:".length()).replace("\u0000", "…");
            return Optional.of(name.isEmpty() ? "a Lambda function ARN" : "the ARN of function " + name);
        }
        if (value.asText().isPresent()) {
            return model.functionOf(value).filter(other -> !other.equals(function.logicalId()))
                    .map(other -> "the name of function " + other);
        }
        return Optional.empty();
    }

    private static String literalParts(Value value) {
        if (value instanceof Value.Concat concat) {
            return concat.parts().stream().map(p -> p.asText().orElse("\u0000")).collect(Collectors.joining());
        }
        return value.asText().orElse("");
    }

    private static void add(Map<String, Call> calls, String key, String label, List<String> endpoints,
                            Evidence evidence) {
        Call existing = calls.get(key);
        if (existing == null) {
            calls.put(key, new Call(key, label, List.copyOf(endpoints), List.of(evidence)));
        } else if (existing.evidence().size() < 3
                && existing.evidence().stream().noneMatch(e -> e.position().equals(evidence.position()))) {
            List<Evidence> more = new ArrayList<>(existing.evidence());
            more.add(evidence);
            calls.put(key, new Call(key, existing.label(), existing.endpoints(), more));
        }
    }
}
