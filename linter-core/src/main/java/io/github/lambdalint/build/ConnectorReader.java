package io.github.lambdalint.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.model.AsyncInvokeConfig;
import io.github.lambdalint.model.Connector;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.trigger.Polling;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.resolve.Value;

/**
 * Reads the SAM connectors whose Source is a function of the template: each
 * {@code AWS::Serverless::Connector}, and each entry of a function's embedded {@code Connectors}
 * (whose Source is the function it is written on). A Source given by type and role name instead of
 * {@code Id} names a role, not a function, and is left out; so are destinations whose type is not known.
 * A destination the Lambda service itself reads or writes for the function (the queue or stream an
 * event source mapping polls, the dead-letter queue, an asynchronous or on-failure destination) is
 * left out too: a connector to it may only grant what the service needs, as the same policy would.
 */
final class ConnectorReader {

    private final LiveResources resources;

    ConnectorReader(LiveResources resources) {
        this.resources = resources;
    }

    /** The connectors from the functions, given the triggers that poll a source for them. */
    List<Connector> read(List<LambdaFunction> functions, List<Trigger> triggers) {
        List<Connector> connectors = new ArrayList<>();
        readAll(connectors);
        Map<String, Set<String>> usedByService = new HashMap<>();
        for (LambdaFunction function : functions) {
            Set<String> used = new HashSet<>();
            function.deadLetterQueue().ifPresent(d -> addReferences(used, d.targetArn()));
            for (AsyncInvokeConfig config : function.asyncInvokeConfigs()) {
                config.onFailureDestination().ifPresent(v -> addReferences(used, v));
                config.onSuccessDestination().ifPresent(v -> addReferences(used, v));
            }
            usedByService.put(function.logicalId(), used);
        }
        for (Trigger trigger : triggers) {
            Set<String> used = usedByService.computeIfAbsent(trigger.functionLogicalId(), k -> new HashSet<>());
            trigger.polling().flatMap(Polling::eventSourceArn).ifPresent(v -> addReferences(used, v));
            trigger.polling().flatMap(Polling::onFailureDestination).ifPresent(v -> addReferences(used, v));
        }
        return connectors.stream().filter(c -> !usedByService.getOrDefault(c.function(), Set.of())
                .contains(c.destination())).toList();
    }

    private static void addReferences(Set<String> logicalIds, Value value) {
        value.references().forEach(ref -> logicalIds.add(ref.logicalId()));
    }

    private void readAll(List<Connector> connectors) {
        for (Resource connector : resources.ofType("AWS::Serverless::Connector")) {
            Optional<Value> source = resources.property(connector, "Source");
            Optional<String> function = LiveResources.path(source, "Id").flatMap(Value::asText)
                    .filter(id -> resources.typeOf(id).filter(ConnectorProfiles::isFunction).isPresent());
            if (function.isPresent()) {
                add(connectors, connector.logicalId(), function.get(), resources.property(connector, "Destination"),
                        resources.property(connector, "Permissions"), connector.position());
            }
        }
        for (Resource resource : resources.template().resourcesInOrder()) {
            Optional<MapNode> embedded = resources.resource(resource.logicalId())
                    .filter(r -> ConnectorProfiles.isFunction(r.type()))
                    .flatMap(r -> r.declaration().getMap("Connectors"));
            for (MapNode.Entry entry : embedded.map(MapNode::entries).orElse(List.of())) {
                Optional<Value> properties = LiveResources.path(resources.resolve(Optional.of(entry.value())),
                        "Properties");
                add(connectors, resource.logicalId() + entry.name(), resource.logicalId(),
                        LiveResources.path(properties, "Destination"), LiveResources.path(properties, "Permissions"),
                        entry.key().position());
            }
        }
    }

    private void add(List<Connector> connectors, String name, String function, Optional<Value> destinations,
                     Optional<Value> permissions, Position position) {
        List<String> categories = permissions.flatMap(Value::asList).orElse(List.of()).stream()
                .flatMap(p -> p.asText().stream()).toList();
        List<Value> each = destinations.flatMap(Value::asList).orElse(destinations.stream().toList());
        for (Value destination : each) {
            Optional<String> id = LiveResources.path(Optional.of(destination), "Id").flatMap(Value::asText);
            Optional<String> type = id.isPresent() ? id.flatMap(resources::typeOf)
                    : LiveResources.path(Optional.of(destination), "Type").flatMap(Value::asText);
            Optional<String> profileType = type.map(ConnectorProfiles::profileType);
            Optional<String> service = profileType.flatMap(ConnectorProfiles::serviceCalledByFunction);
            if (service.isEmpty()) {
                continue;
            }
            String written = id.orElseGet(() -> describeArn(LiveResources.path(Optional.of(destination), "Arn")));
            connectors.add(new Connector(name, function, written, profileType.get(), service.get(), categories,
                    position));
        }
    }

    private static String describeArn(Optional<Value> arn) {
        if (arn.isPresent() && arn.get() instanceof Value.ResourceRef ref) {
            return ref.logicalId();
        }
        return arn.flatMap(Value::asText).orElse("an ARN");
    }
}
