package io.github.lambdalint.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.lambdalint.model.CustomResource;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.SqsQueue;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.model.network.SnapshotUse;
import io.github.lambdalint.model.trigger.Trigger;
import io.github.lambdalint.parse.Resource;
import io.github.lambdalint.parse.Template;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.resolve.StackSet;
import io.github.lambdalint.snapshot.AwsSnapshot;

/**
 * Builds the {@link TemplateModel} of one template: resolve, then read each part. With the other
 * templates of the run in view, imports resolve to their values, and a subnet of another template
 * is answered by that template's own network.
 */
public final class ModelBuilder {

    private final StackSet stacks;
    private final StackNetworks networks;
    private final StackSet.Stack stack;
    private final Template template;
    private final Deployment deployment;
    private final NetworkContext networkContext;

    /** One template alone: its imports stay unknown. */
    public ModelBuilder(Template template, Deployment deployment, NetworkContext networkContext) {
        this(StackSet.of(new StackSet.Stack("", template, deployment)), "", networkContext);
    }

    /** The template {@code file} of the set. */
    public ModelBuilder(StackSet stacks, String file, NetworkContext networkContext) {
        this(new StackNetworks(stacks, networkContext), file);
    }

    /** The template {@code file} of the run whose networks are built once for all its templates. */
    public ModelBuilder(StackNetworks networks, String file) {
        this.stacks = networks.stacks();
        this.networks = networks;
        this.stack = stacks.stack(file).orElseThrow(() -> new IllegalArgumentException("no template " + file));
        this.template = stack.template();
        this.deployment = stack.deployment();
        this.networkContext = networks.context();
    }

    /** The user's AWS snapshot as model values, read once per run and shared by every template. */
    public static SnapshotUse.Applies snapshot(AwsSnapshot snapshot) {
        return new SnapshotUse.Applies(snapshot, SnapshotNetworkReader.read(snapshot),
                SnapshotSecurityGroupReader.read(snapshot));
    }

    public TemplateModel build() {
        LiveResources resources = new LiveResources(template, stacks.resolver(stack));
        FunctionIndex index = new FunctionIndex(resources);
        Map<String, ExecutionRole.TemplateRole> roles = new RoleReader(resources).read();
        TriggerReader triggers = new TriggerReader(resources, index, roles);
        List<Trigger> triggerList = triggers.read();
        List<LambdaFunction> functions = new FunctionReader(resources, roles, index, triggerList).read();
        EdgeReader edge = new EdgeReader(resources, index);
        return new TemplateModel(deployment, template.serverless(), resources.types(), functions,
                new NetworkReader(resources).read(networkContext.forRegion(deployment.region()),
                        networks.readBy(stack.file())),
                triggerList,
                queues(resources, triggers.generatedQueues()), new DatabaseReader(resources, roles).read(),
                edge.associations(), edge.regionAssertions(), new VpcServiceReader(resources).read(),
                new SecurityGroupReader(resources).read(networkContext.forRegion(deployment.region()).snapshot()),
                customResources(resources, index),
                index.references(), new ConnectorReader(resources).read(functions, triggerList));
    }

    private static List<CustomResource> customResources(LiveResources resources, FunctionIndex index) {
        List<CustomResource> found = new java.util.ArrayList<>();
        for (Resource resource : resources.template().resourcesInOrder()) {
            if (!resource.type().startsWith("Custom::") && !resource.is("AWS::CloudFormation::CustomResource")) {
                continue;
            }
            if (resources.resource(resource.logicalId()).isEmpty()) {
                continue; // its condition is false
            }
            java.util.Optional<io.github.lambdalint.resolve.Value> token = resources.property(resource, "ServiceToken");
            found.add(new CustomResource(resource.logicalId(), resource.type(), token,
                    token.flatMap(index::functionOf), resource.position()));
        }
        return found;
    }

    private static Map<String, SqsQueue> queues(LiveResources resources, Map<String, SqsQueue> generated) {
        Map<String, SqsQueue> queues = new HashMap<>(generated);
        for (Resource queue : resources.ofType("AWS::SQS::Queue")) {
            queues.put(queue.logicalId(), new SqsQueue(queue.logicalId(),
                    resources.property(queue, "VisibilityTimeout"), queue.position()));
        }
        return queues;
    }
}
