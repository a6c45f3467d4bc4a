package io.github.lambdalint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lambdalint.model.database.Databases;
import io.github.lambdalint.model.edge.EdgeAssociation;
import io.github.lambdalint.model.edge.RegionAssertion;
import io.github.lambdalint.model.network.Network;
import io.github.lambdalint.model.security.SecurityGroups;
import io.github.lambdalint.model.service.VpcServices;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.resolve.Value;

/**
 * What rules read: the Lambda functions of one template and everything around them that
 * decides whether they work — network, roles, triggers, databases, CloudFront associations,
 * the other services a function may connect to (caches, load balancers, search domains) and
 * the security groups between them, and the SAM connectors that grant a function access to others.
 */
public final class TemplateModel {

    private final Deployment deployment;
    private final boolean serverless;
    private final Map<String, String> resourceTypes;
    private final List<LambdaFunction> functions;
    private final Network network;
    private final List<Trigger> triggers;
    private final Map<String, SqsQueue> queues;
    private final Databases databases;
    private final List<EdgeAssociation> edgeAssociations;
    private final List<RegionAssertion> regionAssertions;
    private final VpcServices services;
    private final SecurityGroups securityGroups;
    private final List<CustomResource> customResources;
    private final FunctionReferences functionReferences;
    private final List<Connector> connectors;
    // Rules look functions and triggers up per function; indexes keep that linear in template size.
    private final Map<String, LambdaFunction> functionsById;
    private final Map<String, List<Trigger>> triggersByFunction;
    private final Set<String> types;

    public TemplateModel(Deployment deployment, boolean serverless, Map<String, String> resourceTypes,
                         List<LambdaFunction> functions, Network network, List<Trigger> triggers,
                         Map<String, SqsQueue> queues, Databases databases, List<EdgeAssociation> edgeAssociations,
                         List<RegionAssertion> regionAssertions, VpcServices services,
                         SecurityGroups securityGroups, List<CustomResource> customResources,
                         FunctionReferences functionReferences, List<Connector> connectors) {
        this.deployment = deployment;
        this.serverless = serverless;
        this.resourceTypes = Map.copyOf(resourceTypes);
        this.functions = List.copyOf(functions);
        this.network = network;
        this.triggers = List.copyOf(triggers);
        this.queues = Map.copyOf(queues);
        this.databases = databases;
        this.edgeAssociations = List.copyOf(edgeAssociations);
        this.regionAssertions = List.copyOf(regionAssertions);
        this.services = services;
        this.securityGroups = securityGroups;
        this.customResources = List.copyOf(customResources);
        this.functionReferences = functionReferences;
        this.connectors = List.copyOf(connectors);
        Map<String, LambdaFunction> byId = new HashMap<>();
        this.functions.forEach(f -> byId.putIfAbsent(f.logicalId(), f));
        this.functionsById = Map.copyOf(byId);
        Map<String, List<Trigger>> byFunction = new HashMap<>();
        this.triggers.forEach(t -> byFunction.computeIfAbsent(t.functionLogicalId(), k -> new ArrayList<>()).add(t));
        byFunction.replaceAll((k, v) -> List.copyOf(v));
        this.triggersByFunction = Map.copyOf(byFunction);
        this.types = Set.copyOf(this.resourceTypes.values());
    }

    public Deployment deployment() {
        return deployment;
    }

    public boolean serverless() {
        return serverless;
    }

    public Map<String, String> resourceTypes() {
        return resourceTypes;
    }

    public List<LambdaFunction> functions() {
        return functions;
    }

    public Network network() {
        return network;
    }

    public List<Trigger> triggers() {
        return triggers;
    }

    public Map<String, SqsQueue> queues() {
        return queues;
    }

    public Databases databases() {
        return databases;
    }

    public List<EdgeAssociation> edgeAssociations() {
        return edgeAssociations;
    }

    public List<RegionAssertion> regionAssertions() {
        return regionAssertions;
    }

    public VpcServices services() {
        return services;
    }

    public SecurityGroups securityGroups() {
        return securityGroups;
    }

    public List<CustomResource> customResources() {
        return customResources;
    }

    public Optional<LambdaFunction> function(String logicalId) {
        return Optional.ofNullable(functionsById.get(logicalId));
    }

    /** The custom resources whose ServiceToken is the function. */
    public List<CustomResource> customResourcesOf(String functionLogicalId) {
        return customResources.stream().filter(c -> c.function().filter(functionLogicalId::equals).isPresent())
                .toList();
    }

    /** The SAM connectors whose Source is the function: what SAM lets its code call. */
    public List<Connector> connectorsFrom(String functionLogicalId) {
        return connectors.stream().filter(c -> c.function().equals(functionLogicalId)).toList();
    }

    public List<Trigger> triggersOf(String functionLogicalId) {
        return triggersByFunction.getOrDefault(functionLogicalId, List.of());
    }

    /** The CloudFormation type of a resource of the template. */
    public Optional<String> typeOf(String logicalId) {
        return Optional.ofNullable(resourceTypes.get(logicalId));
    }

    /** Whether the template has any resource of the type. */
    public boolean hasResourceOfType(String type) {
        return types.contains(type);
    }

    public boolean isFunction(String logicalId) {
        return functionsById.containsKey(logicalId);
    }

    /** The function of the template that a value names, directly or through a version, alias, name or ARN. */
    public Optional<String> functionOf(Value value) {
        return functionReferences.functionOf(value);
    }
}
