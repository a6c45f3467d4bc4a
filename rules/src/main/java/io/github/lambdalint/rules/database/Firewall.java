package io.github.lambdalint.rules.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.database.RdsDatabase;
import io.github.lambdalint.model.database.RdsProxy;
import io.github.lambdalint.model.network.ResolvedSubnet;
import io.github.lambdalint.model.security.Cidr;
import io.github.lambdalint.model.security.SecurityGroup;
import io.github.lambdalint.model.security.SecurityGroupRule;
import io.github.lambdalint.model.security.SecurityGroups;
import io.github.lambdalint.model.service.CacheCluster;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;

/**
 * Security-group reasoning for one TCP path: which port a target listens on, which groups guard
 * it, where its addresses lie, and whether a set of groups lets the traffic out (egress) or in
 * (ingress). Every answer is three-valued: NO only when every group and rule is in the template
 * and provably does not match.
 */
final class Firewall {

    /** The subnets a side of the path sits in, as far as their CIDR blocks are known. */
    record Addresses(boolean known, List<Range> ranges) {
        static final Addresses UNKNOWN = new Addresses(false, List.of());

        Addresses {
            ranges = List.copyOf(ranges);
        }
    }

    /** One subnet: its own block when known, its VPC (logical id) when in the template. */
    record Range(Optional<Cidr> block, Optional<String> vpc) {
    }

    /** The listening side of the path. */
    record Listener(long port, String portSource, Position portPosition, List<SecurityGroup> groups,
                    Value groupsValue, Addresses addresses, Optional<Value> subnets) {
        Listener {
            groups = List.copyOf(groups);
        }
    }

    private Firewall() {
    }

    // ---- the target side ----------------------------------------------------------------

    static Optional<Listener> listener(TemplateModel model, Target target) {
        if (target.outside().isPresent()) {
            return Optional.empty(); // security groups of the snapshot are not read yet
        }
        return switch (target.kind()) {
            case RDS_INSTANCE, RDS_CLUSTER -> model.databases().database(target.logicalId())
                    .flatMap(db -> database(model, db));
            case RDS_PROXY, RDS_PROXY_ENDPOINT -> model.databases().proxy(target.logicalId())
                    .flatMap(p -> proxy(model, p));
            case CACHE -> model.services().cache(target.logicalId()).flatMap(c -> cache(model, c));
            case LOAD_BALANCER, SEARCH_DOMAIN -> Optional.empty();
        };
    }

    private static Optional<Listener> database(TemplateModel model, RdsDatabase database) {
        Optional<RdsDatabase> cluster = model.databases().clusterOf(database);
        if (database.cluster().isPresent() && cluster.isEmpty()) {
            return Optional.empty(); // a member of a cluster outside the template
        }
        RdsDatabase guard = cluster.orElse(database); // Aurora instances use the cluster's groups and subnets
        Optional<Value> port = database.port().or(() -> cluster.flatMap(RdsDatabase::port));
        Optional<Long> number;
        String source;
        Position position;
        if (port.isPresent()) {
            number = port.get().asLong();
            source = "its Port";
            position = port.get().position();
        } else {
            Optional<Value> engine = database.engine().or(() -> cluster.flatMap(RdsDatabase::engine));
            number = engine.flatMap(Value::asText).flatMap(Firewall::defaultDatabasePort);
            source = "the default port of engine " + engine.flatMap(Value::asText).orElse("");
            position = engine.map(Value::position).orElse(database.position());
        }
        if (number.isEmpty() || guard.securityGroups().isEmpty()) {
            return Optional.empty();
        }
        Optional<List<SecurityGroup>> groups = groups(model, guard.securityGroups());
        Optional<Value> subnets = guard.subnetGroup().flatMap(model.databases()::subnetGroup)
                .flatMap(g -> g.subnetIds());
        return groups.map(g -> new Listener(number.get(), source, position, g, guard.securityGroups().get(),
                addresses(model, subnets), subnets));
    }

    private static Optional<Listener> proxy(TemplateModel model, RdsProxy proxy) {
        Optional<Value> family = proxy.engineFamily();
        Optional<Long> port = family.flatMap(Value::asText).map(f -> f.toUpperCase(Locale.ROOT))
                .flatMap(f -> f.equals("MYSQL") ? Optional.of(3306L)
                        : f.equals("POSTGRESQL") ? Optional.of(5432L) : Optional.<Long>empty());
        if (port.isEmpty() || proxy.securityGroupIds().isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> subnets = proxy.vpcSubnetIds();
        return groups(model, proxy.securityGroupIds()).map(g -> new Listener(port.get(),
                "the port every RDS Proxy listens on for engine family " + family.get().asText().orElse(""),
                family.get().position(), g, proxy.securityGroupIds().get(), addresses(model, subnets), subnets));
    }

    private static Optional<Listener> cache(TemplateModel model, CacheCluster cache) {
        Optional<Long> number;
        String source;
        Position position;
        if (cache.port().isPresent()) {
            number = cache.port().get().asLong();
            source = "its Port";
            position = cache.port().get().position();
        } else {
            String engine = cache.engine().map(e -> e.asText().orElse("?")).orElse(
                    cache.kind() == CacheCluster.Kind.REPLICATION_GROUP
                            || cache.kind() == CacheCluster.Kind.MEMORYDB_CLUSTER ? "redis" : "?")
                    .toLowerCase(Locale.ROOT);
            number = switch (engine) {
                case "redis", "valkey" -> Optional.of(6379L);
                case "memcached" -> Optional.of(11211L);
                default -> Optional.empty();
            };
            source = "the default port of engine " + engine;
            position = cache.engine().map(Value::position).orElse(cache.position());
        }
        if (number.isEmpty() || cache.securityGroups().isEmpty()) {
            return Optional.empty();
        }
        return groups(model, cache.securityGroups()).map(g -> new Listener(number.get(), source, position, g,
                cache.securityGroups().get(), addresses(model, cache.subnetIds()), cache.subnetIds()));
    }

    /** The documented default port of an RDS engine. */
    static Optional<Long> defaultDatabasePort(String engine) {
        String e = engine.toLowerCase(Locale.ROOT);
        if (e.startsWith("aurora-postgresql") || e.startsWith("postgres")) {
            return Optional.of(5432L);
        }
        if (e.equals("aurora") || e.startsWith("aurora-mysql") || e.startsWith("mysql") || e.startsWith("mariadb")) {
            return Optional.of(3306L);
        }
        if (e.startsWith("sqlserver")) {
            return Optional.of(1433L);
        }
        if (e.startsWith("oracle")) {
            return Optional.of(1521L);
        }
        if (e.startsWith("db2")) {
            return Optional.of(50000L);
        }
        return Optional.empty();
    }

    /** The template groups a list names; empty when the list, or any entry, is not a template group. */
    static Optional<List<SecurityGroup>> groups(TemplateModel model, Optional<Value> list) {
        Optional<List<Value>> items = list.flatMap(Value::asList);
        if (items.isEmpty() || items.get().isEmpty()) {
            return Optional.empty();
        }
        List<SecurityGroup> groups = new ArrayList<>();
        for (Value item : items.get()) {
            Optional<SecurityGroup> group = model.securityGroups().resolve(item);
            if (group.isEmpty()) {
                return Optional.empty();
            }
            if (groups.stream().noneMatch(g -> g.logicalId().equals(group.get().logicalId()))) {
                groups.add(group.get());
            }
        }
        return Optional.of(groups);
    }

    static Addresses addresses(TemplateModel model, Optional<Value> subnets) {
        Optional<List<Value>> list = subnets.flatMap(Value::asList);
        if (list.isEmpty() || list.get().isEmpty()) {
            return Addresses.UNKNOWN;
        }
        SecurityGroups facts = model.securityGroups();
        List<Range> ranges = new ArrayList<>();
        for (Value subnet : list.get()) {
            ResolvedSubnet resolved = model.network().resolve(subnet);
            String id;
            Optional<String> vpc;
            if (resolved instanceof ResolvedSubnet.InTemplate inTemplate) {
                id = inTemplate.subnet().logicalId();
                vpc = Optional.of(inTemplate.subnet().vpc())
                        .filter(v -> v instanceof Value.ResourceRef ref
                                && (ref.attribute().isEmpty() || ref.isAttribute("VpcId")))
                        .map(v -> ((Value.ResourceRef) v).logicalId());
            } else if (resolved instanceof ResolvedSubnet.InSnapshot inSnapshot) {
                id = inSnapshot.subnet().logicalId(); // the snapshot's subnets give their blocks under their ids
                vpc = Optional.empty();
            } else {
                return Addresses.UNKNOWN;
            }
            Optional<Cidr> block = Optional.ofNullable(facts.subnetCidrBlocks().get(id))
                    .flatMap(v -> literalBlock(facts, v));
            ranges.add(new Range(block, vpc));
        }
        return new Addresses(true, ranges);
    }

    /** A CIDR value as a literal block: text, or the primary block of a template VPC. */
    private static Optional<Cidr> literalBlock(SecurityGroups facts, Value value) {
        if (value instanceof Value.ResourceRef ref && ref.isAttribute("CidrBlock")) {
            return Optional.ofNullable(facts.vpcCidrBlocks().get(ref.logicalId()))
                    .flatMap(Value::asText).flatMap(Cidr::parse);
        }
        return value.asText().flatMap(Cidr::parse);
    }

    /** The block a range certainly lies in: the subnet's own, else its VPC's only block. */
    private static Optional<Cidr> boundOf(SecurityGroups facts, Range range) {
        if (range.block().isPresent()) {
            return range.block();
        }
        return range.vpc().filter(v -> !facts.vpcsWithMoreBlocks().contains(v))
                .flatMap(v -> Optional.ofNullable(facts.vpcCidrBlocks().get(v)))
                .flatMap(Value::asText).flatMap(Cidr::parse);
    }

    // ---- rules ------------------------------------------------------------------------------

    /** Whether a rule's CIDR covers every address of the peer. */
    static TriState cidrCovers(SecurityGroups facts, Value cidr, Addresses peer) {
        if (cidr instanceof Value.ResourceRef ref && ref.isAttribute("CidrBlock")
                && !facts.vpcsWithMoreBlocks().contains(ref.logicalId()) && peer.known()
                && peer.ranges().stream().allMatch(r -> r.vpc().filter(ref.logicalId()::equals).isPresent())) {
            return TriState.YES; // the peer's subnets are all in the VPC whose block the rule names
        }
        Optional<Cidr> block = literalBlock(facts, cidr);
        if (block.isEmpty()) {
            return TriState.UNKNOWN;
        }
        if (block.get().prefix() == 0) {
            return TriState.YES;
        }
        if (Cidr.LOOPBACK.contains(block.get())) {
            return TriState.NO;
        }
        if (!peer.known()) {
            return TriState.UNKNOWN;
        }
        boolean all = true;
        boolean none = true;
        for (Range range : peer.ranges()) {
            Optional<Cidr> bound = boundOf(facts, range);
            if (bound.isEmpty()) {
                return TriState.UNKNOWN;
            }
            all &= block.get().contains(bound.get());
            none &= !block.get().overlaps(bound.get());
        }
        return all ? TriState.YES : none ? TriState.NO : TriState.UNKNOWN;
    }

    /** Whether one rule lets TCP to the port through to or from the peer (groups and addresses). */
    static TriState ruleAllows(SecurityGroups facts, SecurityGroupRule rule, long port, List<SecurityGroup> peerGroups,
                               Addresses peer) {
        TriState peerMatches;
        if (rule.peerGroup().isPresent()) {
            Optional<SecurityGroup> group = facts.resolve(rule.peerGroup().get());
            peerMatches = group.isEmpty() ? TriState.UNKNOWN
                    : TriState.of(peerGroups.stream().anyMatch(g -> g.logicalId().equals(group.get().logicalId())));
        } else if (rule.cidrIp().isPresent()) {
            peerMatches = cidrCovers(facts, rule.cidrIp().get(), peer);
        } else if (rule.cidrIpv6().isPresent() || rule.prefixList().isPresent() || rule.peerGroupName().isPresent()) {
            peerMatches = TriState.UNKNOWN;
        } else {
            peerMatches = TriState.NO; // EC2 adds no rule without a peer
        }
        TriState allows = rule.allowsTcpPort(port).and(peerMatches);
        return rule.condition().isPresent() && allows == TriState.YES ? TriState.UNKNOWN : allows;
    }

    /** The verdict over a set of groups, with evidence naming each group and rule that was read. */
    record Verdict(TriState allowed, List<Evidence> evidence) {
        Verdict {
            evidence = List.copyOf(evidence);
        }
    }

    static Verdict egress(SecurityGroups facts, List<SecurityGroup> from, long port, List<SecurityGroup> toGroups,
                          Addresses to) {
        TriState any = TriState.NO;
        List<Evidence> evidence = new ArrayList<>();
        for (SecurityGroup group : from) {
            if (group.defaultEgress()) {
                return new Verdict(TriState.YES, List.of());
            }
            TriState allowed = group.egressComplete() ? TriState.NO : TriState.UNKNOWN;
            for (SecurityGroupRule rule : group.egress()) {
                allowed = allowed.or(ruleAllows(facts, rule, port, toGroups, to));
                evidence.add(rule.evidence(rule.describe(group.logicalId())
                        + " does not allow TCP " + port + " to the target"));
            }
            evidence.add(group.evidence(group.isDeployed()
                    ? "group " + group.logicalId() + " has no other egress rule (not EC2's allow-all one either)"
                    : "group " + group.logicalId() + " writes its own SecurityGroupEgress, which replaces EC2's"
                            + " allow-all egress rule"));
            any = any.or(allowed);
        }
        return new Verdict(any, any == TriState.NO ? evidence : List.of());
    }

    static Verdict ingress(SecurityGroups facts, List<SecurityGroup> to, long port, List<SecurityGroup> fromGroups,
                           Addresses from) {
        TriState any = TriState.NO;
        List<Evidence> evidence = new ArrayList<>();
        for (SecurityGroup group : to) {
            TriState allowed = group.ingressComplete() ? TriState.NO : TriState.UNKNOWN;
            for (SecurityGroupRule rule : group.ingress()) {
                allowed = allowed.or(ruleAllows(facts, rule, port, fromGroups, from));
                evidence.add(rule.evidence(rule.describe(group.logicalId())
                        + " does not allow TCP " + port + " from the function"));
            }
            if (group.ingress().isEmpty()) {
                evidence.add(group.evidence("group " + group.logicalId() + " has no ingress rule"));
            }
            any = any.or(allowed);
        }
        return new Verdict(any, any == TriState.NO ? evidence : List.of());
    }
}
