package io.github.lambdalint.rules.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.database.DbSubnetGroup;
import io.github.lambdalint.model.database.RdsDatabase;
import io.github.lambdalint.model.network.Vpc;
import io.github.lambdalint.model.service.CacheCluster;
import io.github.lambdalint.model.service.LoadBalancer;
import io.github.lambdalint.model.service.SearchDomain;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.snapshot.AwsSnapshot;

/**
 * Whether a resource answers only inside its VPC. For RDS this is the {@code PubliclyAccessible}
 * setting and, when it is not set, its documented default: the RDS API reference has described
 * the default two ways over time (public when the subnet group's VPC has an internet gateway;
 * private whenever a subnet group other than "default" is named). Both agree only when the VPC
 * has no internet gateway, so that is the one default lambda-lint relies on.
 */
final class Exposure {

    enum Access { PRIVATE, PUBLIC, UNKNOWN }

    /** The answer and the facts behind it; {@code summary} completes "X is private because ...". */
    record Answer(Access access, String summary, List<Evidence> evidence) {
        Answer {
            evidence = List.copyOf(evidence);
        }

        static Answer unknown() {
            return new Answer(Access.UNKNOWN, "", List.of());
        }
    }

    private Exposure() {
    }

    static Answer of(TemplateModel model, Target target) {
        if (target.outside().isPresent()) {
            return ofNamed(target.outside().get());
        }
        return switch (target.kind()) {
            case RDS_INSTANCE, RDS_CLUSTER -> model.databases().database(target.logicalId())
                    .map(db -> ofDatabase(model, db)).orElse(Answer.unknown());
            case RDS_PROXY, RDS_PROXY_ENDPOINT -> model.databases().proxy(target.logicalId())
                    .map(p -> new Answer(Access.PRIVATE, "an RDS Proxy is never publicly accessible",
                            List.of(Evidence.at(p.position(), "RDS Proxy " + p.logicalId() + " is never public"))))
                    .orElse(Answer.unknown());
            case CACHE -> model.services().cache(target.logicalId()).map(Exposure::ofCache).orElse(Answer.unknown());
            case LOAD_BALANCER -> model.services().loadBalancer(target.logicalId()).map(Exposure::ofLoadBalancer)
                    .orElse(Answer.unknown());
            case SEARCH_DOMAIN -> model.services().searchDomain(target.logicalId()).map(Exposure::ofSearchDomain)
                    .orElse(Answer.unknown());
        };
    }

    static Answer ofDatabase(TemplateModel model, RdsDatabase database) {
        if (database.kind() == RdsDatabase.Kind.INSTANCE) {
            return ofInstance(model, database, database.subnetGroup()
                    .or(() -> model.databases().clusterOf(database).flatMap(RdsDatabase::subnetGroup)));
        }
        String engine = database.engine().flatMap(Value::asText).map(e -> e.toLowerCase(Locale.ROOT)).orElse("");
        boolean serverlessV1 = database.engineMode().flatMap(Value::asText)
                .filter(m -> m.equalsIgnoreCase("serverless")).isPresent();
        if (serverlessV1) {
            return new Answer(Access.PRIVATE, "an Aurora Serverless v1 cluster cannot have a public IP address",
                    List.of(Evidence.at(database.engineMode().get().position(),
                            "cluster " + database.logicalId() + " is Aurora Serverless v1 (EngineMode: serverless)")));
        }
        if (engine.isEmpty()) {
            return Answer.unknown();
        }
        if (!engine.startsWith("aurora")) {
            return ofInstance(model, database, database.subnetGroup()); // a Multi-AZ DB cluster
        }
        List<RdsDatabase> members = model.databases().membersOf(database.logicalId());
        if (members.isEmpty()) {
            return new Answer(Access.PRIVATE, "an Aurora cluster is reached through its DB instances and the template"
                    + " gives it none that is publicly accessible", List.of(Evidence.at(database.position(),
                    "Aurora cluster " + database.logicalId() + " has no DB instance in the template")));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (RdsDatabase member : members) {
            Answer answer = ofInstance(model, member, member.subnetGroup().or(database::subnetGroup));
            if (answer.access() != Access.PRIVATE) {
                return answer.access() == Access.PUBLIC ? answer : Answer.unknown();
            }
            evidence.addAll(answer.evidence());
        }
        return new Answer(Access.PRIVATE, "none of its DB instances is publicly accessible", evidence);
    }

    private static Answer ofInstance(TemplateModel model, RdsDatabase database, Optional<Value> subnetGroup) {
        String name = (database.kind() == RdsDatabase.Kind.INSTANCE ? "DB instance " : "DB cluster ")
                + database.logicalId();
        if (database.publiclyAccessible().isPresent()) {
            Value value = database.publiclyAccessible().get();
            Optional<Boolean> flag = value.asBoolean();
            if (flag.isEmpty()) {
                return Answer.unknown();
            }
            return flag.get() ? new Answer(Access.PUBLIC, name + " is publicly accessible", List.of())
                    : new Answer(Access.PRIVATE, "PubliclyAccessible is false",
                    List.of(Evidence.at(value.position(), name + " sets PubliclyAccessible: false")));
        }
        Optional<DbSubnetGroup> group = subnetGroup.flatMap(model.databases()::subnetGroup);
        if (group.isEmpty()) {
            return Answer.unknown();
        }
        Optional<Value> vpcValue = Vpcs.vpcOf(model, group.get().subnetIds());
        Optional<Vpc> vpc = vpcValue.filter(Value.ResourceRef.class::isInstance)
                .map(v -> model.network().vpcs().get(((Value.ResourceRef) v).logicalId()));
        if (vpc.isEmpty() || !vpc.get().internetGateways().isEmpty()) {
            return Answer.unknown();
        }
        return new Answer(Access.PRIVATE, "PubliclyAccessible is not set and its DB subnet group "
                + group.get().logicalId() + " is in VPC " + vpc.get().logicalId()
                + ", which has no internet gateway, so RDS makes it private",
                List.of(Evidence.at(database.position(), name + " does not set PubliclyAccessible"),
                        Evidence.at(group.get().position(), "DB subnet group " + group.get().logicalId()
                                + " has its subnets in VPC " + vpc.get().logicalId()),
                        Evidence.at(vpc.get().position(), "no internet gateway is attached to VPC "
                                + vpc.get().logicalId())));
    }

    /**
     * A resource outside the template: what its name's form proves (proxies, ElastiCache and
     * MemoryDB are never public), else what the AWS snapshot says of it.
     */
    private static Answer ofNamed(NamedEndpoint endpoint) {
        if (endpoint.name().kind().neverPublic()) {
            String what = endpoint.name().kind().description();
            return new Answer(Access.PRIVATE, what.startsWith("RDS Proxy") ? "an RDS Proxy is never publicly accessible"
                    : what.substring(0, what.indexOf(' ')) + " runs only inside a VPC",
                    endpoint.describedAt("has only addresses inside its VPC").stream().toList());
        }
        Optional<AwsSnapshot.DataStore> described = endpoint.described();
        if (described.isPresent() && described.get() instanceof AwsSnapshot.DbInstance instance) {
            return ofSnapshotInstance(instance, "DB instance " + instance.id());
        }
        if (described.isPresent() && described.get() instanceof AwsSnapshot.DbCluster cluster) {
            if (cluster.engineMode().filter("serverless"::equalsIgnoreCase).isPresent()) {
                return new Answer(Access.PRIVATE, "an Aurora Serverless v1 cluster cannot have a public IP address",
                        endpoint.describedAt("is Aurora Serverless v1 (EngineMode: serverless)").stream().toList());
            }
            if (cluster.publiclyAccessible().isPresent() || !cluster.engine().orElse("").startsWith("aurora")) {
                return cluster.publiclyAccessible().isEmpty() ? Answer.unknown()
                        : cluster.publiclyAccessible().get() ? new Answer(Access.PUBLIC, "", List.of())
                        : new Answer(Access.PRIVATE, "PubliclyAccessible is false", endpoint
                        .describedAt("has PubliclyAccessible: false").stream().toList());
            }
            if (cluster.members().isEmpty()) {
                return Answer.unknown();
            }
            List<Evidence> evidence = new ArrayList<>();
            for (String member : cluster.members()) {
                AwsSnapshot.DbInstance instance = endpoint.stores().instances().get(member);
                if (instance == null) {
                    return Answer.unknown(); // a member the snapshot does not describe may be public
                }
                Answer answer = ofSnapshotInstance(instance, "DB instance " + member + " of cluster " + cluster.id());
                if (answer.access() != Access.PRIVATE) {
                    return answer.access() == Access.PUBLIC ? answer : Answer.unknown();
                }
                evidence.addAll(answer.evidence());
            }
            return new Answer(Access.PRIVATE, "none of its DB instances is publicly accessible", evidence);
        }
        return Answer.unknown(); // an RDS name alone: a DB instance or cluster may be publicly accessible
    }

    private static Answer ofSnapshotInstance(AwsSnapshot.DbInstance instance, String name) {
        if (instance.publiclyAccessible().isEmpty()) {
            return Answer.unknown();
        }
        return instance.publiclyAccessible().get() ? new Answer(Access.PUBLIC, name + " is publicly accessible",
                List.of()) : new Answer(Access.PRIVATE, "PubliclyAccessible is false", List.of(new Evidence(name
                + " has PubliclyAccessible: false", instance.place().position(), Optional.of(instance.place().file()))));
    }

    private static Answer ofCache(CacheCluster cache) {
        return new Answer(Access.PRIVATE, cache.kind().description() + "s run only inside a VPC",
                List.of(Evidence.at(cache.position(), cache.kind().description() + " " + cache.logicalId()
                        + " has only addresses inside its VPC")));
    }

    private static Answer ofLoadBalancer(LoadBalancer balancer) {
        Optional<String> scheme = balancer.scheme().flatMap(Value::asText);
        if (scheme.filter("internal"::equalsIgnoreCase).isPresent()) {
            return new Answer(Access.PRIVATE, "its Scheme is internal, so its DNS name resolves to private"
                    + " addresses", List.of(Evidence.at(balancer.scheme().get().position(),
                    "load balancer " + balancer.logicalId() + " has Scheme: internal")));
        }
        return balancer.scheme().isPresent() && scheme.isEmpty() ? Answer.unknown()
                : new Answer(Access.PUBLIC, "", List.of());
    }

    private static Answer ofSearchDomain(SearchDomain domain) {
        if (domain.vpcOptions().isEmpty()) {
            return new Answer(Access.PUBLIC, "", List.of());
        }
        if (domain.vpcOptions().get().asMap().isEmpty()) {
            return Answer.unknown();
        }
        return new Answer(Access.PRIVATE, "a domain with VPCOptions has only a VPC endpoint",
                List.of(Evidence.at(domain.vpcOptions().get().position(), "domain " + domain.logicalId()
                        + " is placed in a VPC (VPCOptions)")));
    }
}
