package io.github.lambdalint.rules.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.lambdalint.finding.Evidence;
import io.github.lambdalint.finding.Level;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.database.DbClusterParameterGroup;
import io.github.lambdalint.model.database.DbSubnetGroup;
import io.github.lambdalint.model.database.RdsDatabase;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.model.iam.Permissions;
import io.github.lambdalint.model.network.Network;
import io.github.lambdalint.model.network.ResolvedSubnet;
import io.github.lambdalint.model.network.SubnetEgress;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;
import io.github.lambdalint.rule.Rule;
import io.github.lambdalint.rule.RuleInfo;
import io.github.lambdalint.rule.Violation;
import io.github.lambdalint.text.English;

/**
 * LL205: an RDS or Aurora database that invokes Lambda (an associated role with
 * {@code FeatureName: Lambda}, or Aurora MySQL's {@code aws_default_lambda_role} cluster
 * parameter) but cannot: a subnet of its DB subnet group has neither a NAT route nor a
 * {@code lambda} interface endpoint in its VPC (a publicly accessible database in a public
 * subnet reaches Lambda directly); the role it invokes with allows no
 * {@code lambda:InvokeFunction}; or, for Aurora MySQL, the role the parameter names is not
 * associated with the cluster.
 */
public final class DatabaseCannotInvokeLambda implements Rule {

    static final String LAMBDA_ROLE_PARAMETER = "aws_default_lambda_role";

    static final RuleInfo INFO = new RuleInfo("LL205", "DatabaseCannotInvokeLambda", Level.ERROR,
            "Database that invokes Lambda has no network path to the Lambda API or a role that may not invoke.",
            "Aurora MySQL (lambda_sync, lambda_async) and RDS/Aurora PostgreSQL (aws_lambda.invoke) call the Lambda "
                    + "API from the database host. A private database needs a NAT route or a Lambda interface VPC "
                    + "endpoint to reach it, and the IAM role associated with the database must allow "
                    + "lambda:InvokeFunction; otherwise every call fails at run time.",
            List.of("correctness", "database", "vpc", "iam", "lambda"), "high");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** How the database says it invokes Lambda, and with which role. */
    private record Invocation(Value role, Position position, String how, boolean fromParameter) {
    }

    @Override
    public void check(TemplateModel model, Consumer<Violation> report) {
        List<RdsDatabase> databases = new ArrayList<>(model.databases().databases().values());
        databases.sort(java.util.Comparator.comparing(RdsDatabase::position));
        for (RdsDatabase database : databases) {
            List<Invocation> invocations = invocations(model, database);
            if (invocations.isEmpty()) {
                continue;
            }
            network(model, database, invocations, report);
            for (Invocation invocation : invocations) {
                permissions(model, database, invocation, report);
                if (invocation.fromParameter()) {
                    association(model, database, invocation, report);
                }
            }
        }
    }

    private static List<Invocation> invocations(TemplateModel model, RdsDatabase database) {
        List<Invocation> found = new ArrayList<>();
        for (RdsDatabase.AssociatedRole role : database.associatedRoles()) {
            if (role.featureName().flatMap(Value::asText).filter("Lambda"::equalsIgnoreCase).isPresent()) {
                found.add(new Invocation(role.roleArn(), role.roleArn().position(),
                        "associates " + roleName(model, role.roleArn()) + " for feature Lambda", false));
            }
        }
        if (database.kind() == RdsDatabase.Kind.CLUSTER) {
            parameterGroup(model, database).ifPresent(group -> group.parameter(LAMBDA_ROLE_PARAMETER)
                    .filter(v -> !v.asText().filter(String::isBlank).isPresent())
                    .ifPresent(role -> found.add(new Invocation(role, role.position(), "uses cluster parameter group "
                            + group.logicalId() + ", which sets " + LAMBDA_ROLE_PARAMETER + " to "
                            + roleName(model, role), true))));
        }
        return found;
    }

    private static Optional<DbClusterParameterGroup> parameterGroup(TemplateModel model, RdsDatabase cluster) {
        return cluster.parameterGroup()
                .filter(v -> v instanceof Value.ResourceRef ref && ref.attribute().isEmpty())
                .map(v -> model.databases().clusterParameterGroups().get(((Value.ResourceRef) v).logicalId()));
    }

    // ---- the network path -------------------------------------------------------------------

    private static void network(TemplateModel model, RdsDatabase database, List<Invocation> invocations,
                                Consumer<Violation> report) {
        Optional<Value> groupName = database.subnetGroup()
                .or(() -> model.databases().clusterOf(database).flatMap(RdsDatabase::subnetGroup));
        Optional<DbSubnetGroup> group = groupName.flatMap(model.databases()::subnetGroup);
        Optional<List<Value>> subnets = group.flatMap(DbSubnetGroup::subnetIds).flatMap(Value::asList);
        if (subnets.isEmpty()) {
            return;
        }
        Exposure.Answer exposure = Exposure.ofDatabase(model, database);
        Network network = model.network();
        List<Evidence> evidence = new ArrayList<>();
        List<String> stranded = new ArrayList<>();
        boolean throughGateway = false;
        for (Value subnet : subnets.get()) {
            ResolvedSubnet resolved = network.resolve(subnet);
            if (network.endpointsFor(resolved).stream().anyMatch(e -> e.service().equals("lambda"))) {
                continue;
            }
            SubnetEgress egress = network.egress(resolved);
            boolean noPath = switch (egress.kind()) {
                case NONE -> true;
                case INTERNET_GATEWAY -> exposure.access() == Exposure.Access.PRIVATE;
                // whether the database's call to Lambda could go out over IPv6 is not known
                case NAT, UNKNOWN, IPV6_ONLY -> false;
            };
            if (noPath) {
                stranded.add(resolved.name());
                evidence.addAll(egress.evidence());
                if (egress.kind() == SubnetEgress.Kind.INTERNET_GATEWAY && !throughGateway) {
                    throughGateway = true;
                    evidence.addAll(exposure.evidence());
                }
            }
        }
        if (stranded.isEmpty()) {
            return;
        }
        List<Evidence> all = new ArrayList<>();
        invocations.forEach(i -> all.add(Evidence.at(i.position(), database.logicalId() + " " + i.how())));
        all.add(Evidence.at(group.get().position(), "DB subnet group " + group.get().logicalId() + " places "
                + database.logicalId() + " in its subnets"));
        for (Evidence e : evidence) {
            if (!all.contains(e)) {
                all.add(e);
            }
        }
        report.accept(Violation.of(database.position(), database.logicalId(), kind(database) + " "
                + database.logicalId() + " invokes Lambda, but " + subnetNames(stranded)
                + (stranded.size() == 1 ? " has" : " have") + " neither a NAT route nor a lambda interface endpoint"
                + " in the VPC" + (throughGateway ? " (a route to an internet gateway does not help a database"
                + " that is not publicly accessible)" : "") + ", so calls to the Lambda API fail with a network"
                + " error. Route 0.0.0.0/0 to a NAT gateway or add a com.amazonaws.<region>.lambda interface"
                + " endpoint with private DNS.", all));
    }

    // ---- the role ----------------------------------------------------------------------------

    private static void permissions(TemplateModel model, RdsDatabase database, Invocation invocation,
                                    Consumer<Violation> report) {
        Optional<ExecutionRole.TemplateRole> role = model.databases().role(invocation.role());
        if (role.isEmpty()) {
            return;
        }
        Permissions.Decision decision = role.get().permissions().decision("lambda:InvokeFunction");
        if (decision.allowed() != TriState.NO) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.at(invocation.position(), database.logicalId() + " " + invocation.how()));
        decision.statement().ifPresentOrElse(
                deny -> evidence.add(Evidence.at(deny.position(), "a statement of " + deny.origin()
                        + " denies lambda:InvokeFunction")),
                () -> evidence.add(Evidence.at(role.get().position(), "no policy of role " + role.get().logicalId()
                        + " allows lambda:InvokeFunction")));
        report.accept(Violation.of(invocation.position(), database.logicalId(), kind(database) + " "
                + database.logicalId() + " invokes Lambda with role " + role.get().logicalId()
                + ", which may not call lambda:InvokeFunction, so every invocation is denied. Allow"
                + " lambda:InvokeFunction on the functions the database calls.", evidence));
    }

    private static void association(TemplateModel model, RdsDatabase cluster, Invocation invocation,
                                    Consumer<Violation> report) {
        if (!cluster.associatedRolesComplete()) {
            return;
        }
        Optional<ExecutionRole.TemplateRole> named = model.databases().role(invocation.role());
        boolean comparable = cluster.associatedRoles().isEmpty() || named.isPresent();
        if (!comparable) {
            return;
        }
        for (RdsDatabase.AssociatedRole associated : cluster.associatedRoles()) {
            Optional<ExecutionRole.TemplateRole> role = model.databases().role(associated.roleArn());
            if (role.isEmpty() || associated.roleArn().isSameAs(invocation.role())
                    || role.get().logicalId().equals(named.get().logicalId())) {
                return; // associated, or an associated role lambda-lint cannot identify
            }
        }
        report.accept(Violation.of(invocation.position(), cluster.logicalId(), "cluster " + cluster.logicalId()
                + " names " + roleName(model, invocation.role()) + " in " + LAMBDA_ROLE_PARAMETER
                + " but does not associate it (AssociatedRoles), so Aurora MySQL cannot use it to invoke Lambda."
                + " Add the role to the cluster's AssociatedRoles.", List.of(
                Evidence.at(invocation.position(), cluster.logicalId() + " " + invocation.how()),
                Evidence.at(cluster.position(), "cluster " + cluster.logicalId() + " associates "
                        + (cluster.associatedRoles().isEmpty() ? "no role" : "other roles only")))));
    }

    /** "subnet A", "subnets A and B", "subnets A, B and C". */
    private static String subnetNames(List<String> names) {
        List<String> bare = names.stream().map(n -> n.startsWith("subnet ") ? n.substring(7) : n).toList();
        return (bare.size() == 1 ? "subnet " : "subnets ") + English.list(bare);
    }

    /** "role DbLambdaRole", "role arn:aws:iam::1:role/x" or "a role from outside the template". */
    private static String roleName(TemplateModel model, Value role) {
        return model.databases().role(role).map(r -> "role " + r.logicalId())
                .or(() -> role.literalText().map(arn -> "role " + arn))
                .orElse("a role from outside the template");
    }

    private static String kind(RdsDatabase database) {
        if (database.kind() == RdsDatabase.Kind.INSTANCE) {
            return "DB instance";
        }
        return Target.isAurora(database) ? "Aurora cluster" : "DB cluster";
    }
}
