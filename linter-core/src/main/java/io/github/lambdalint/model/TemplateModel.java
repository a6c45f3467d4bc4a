package io.github.lambdalint.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.lambdalint.model.database.Databases;
import io.github.lambdalint.model.edge.EdgeAssociation;
import io.github.lambdalint.model.edge.RegionAssertion;
import io.github.lambdalint.model.network.Network;
import io.github.lambdalint.model.security.SecurityGroups;
import io.github.lambdalint.model.service.VpcServices;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.resolve.Deployment;

/**
 * What rules read: the Lambda functions of one template and everything around them that
 * decides whether they work — network, roles, triggers, databases, CloudFront associations,
 * the other services a function may connect to (caches, load balancers, search domains) and
 * the security groups between them.
 */
public record TemplateModel(Deployment deployment, boolean serverless, Map<String, String> resourceTypes,
                            List<LambdaFunction> functions, Network network, List<Trigger> triggers,
                            Map<String, SqsQueue> queues, Databases databases, List<EdgeAssociation> edgeAssociations,
                            List<RegionAssertion> regionAssertions, VpcServices services,
                            SecurityGroups securityGroups, List<CustomResource> customResources) {

    public TemplateModel {
        resourceTypes = Map.copyOf(resourceTypes);
        functions = List.copyOf(functions);
        triggers = List.copyOf(triggers);
        queues = Map.copyOf(queues);
        edgeAssociations = List.copyOf(edgeAssociations);
        regionAssertions = List.copyOf(regionAssertions);
        customResources = List.copyOf(customResources);
    }

    public Optional<LambdaFunction> function(String logicalId) {
        return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst();
    }

    /** The custom resources whose ServiceToken is the function. */
    public List<CustomResource> customResourcesOf(String functionLogicalId) {
        return customResources.stream().filter(c -> c.function().filter(functionLogicalId::equals).isPresent())
                .toList();
    }

    public List<Trigger> triggersOf(String functionLogicalId) {
        return triggers.stream().filter(t -> t.functionLogicalId().equals(functionLogicalId)).toList();
    }

    /** The CloudFormation type of a resource of the template. */
    public Optional<String> typeOf(String logicalId) {
        return Optional.ofNullable(resourceTypes.get(logicalId));
    }

    public boolean isFunction(String logicalId) {
        return function(logicalId).isPresent();
    }
}
