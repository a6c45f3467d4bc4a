package io.github.lambdalint.snapshot;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one table of what an AWS snapshot holds: each top-level key the AWS CLI v2 prints with
 * {@code --output json}, the read-only command that prints it, how that command is narrowed to
 * the user's VPCs or stacks, the file {@code lambda-lint snapshot} writes it to, the IAM action it
 * needs, and whether the rules use it yet. Sources: the AWS CLI command reference and the EC2,
 * CloudFormation, RDS, ElastiCache and Lambda API references ({@code docs/snapshot.md}).
 */
public enum SnapshotSource {
    SUBNETS("Subnets", "ec2 describe-subnets", Narrowing.FILTERS_VPC_ID, "subnets", "ec2:DescribeSubnets", true),
    ROUTE_TABLES("RouteTables", "ec2 describe-route-tables", Narrowing.FILTERS_VPC_ID, "route-tables",
            "ec2:DescribeRouteTables", true),
    // describe-nat-gateways spells the option --filter (the API parameter is Filter)
    NAT_GATEWAYS("NatGateways", "ec2 describe-nat-gateways", Narrowing.FILTER_VPC_ID, "nat-gateways",
            "ec2:DescribeNatGateways", true),
    VPC_ENDPOINTS("VpcEndpoints", "ec2 describe-vpc-endpoints", Narrowing.FILTERS_VPC_ID, "vpc-endpoints",
            "ec2:DescribeVpcEndpoints", true),
    SECURITY_GROUPS("SecurityGroups", "ec2 describe-security-groups", Narrowing.FILTERS_VPC_ID, "security-groups",
            "ec2:DescribeSecurityGroups", true),
    INTERNET_GATEWAYS("InternetGateways", "ec2 describe-internet-gateways", Narrowing.FILTERS_ATTACHMENT_VPC_ID,
            "internet-gateways", "ec2:DescribeInternetGateways", false),
    EGRESS_ONLY_INTERNET_GATEWAYS("EgressOnlyInternetGateways", "ec2 describe-egress-only-internet-gateways",
            Narrowing.NONE, "egress-only-internet-gateways", "ec2:DescribeEgressOnlyInternetGateways", false),
    NETWORK_ACLS("NetworkAcls", "ec2 describe-network-acls", Narrowing.FILTERS_VPC_ID, "network-acls",
            "ec2:DescribeNetworkAcls", false),
    VPCS("Vpcs", "ec2 describe-vpcs", Narrowing.VPC_IDS, "vpcs", "ec2:DescribeVpcs", false),
    EXPORTS("Exports", "cloudformation list-exports", Narrowing.NONE, "exports", "cloudformation:ListExports", true),
    STACKS("Stacks", "cloudformation describe-stacks", Narrowing.STACK_NAME, "stack", "cloudformation:DescribeStacks",
            true),
    DB_PROXIES("DBProxies", "rds describe-db-proxies", Narrowing.NONE, "db-proxies", "rds:DescribeDBProxies", true),
    DB_PROXY_ENDPOINTS("DBProxyEndpoints", "rds describe-db-proxy-endpoints", Narrowing.NONE, "db-proxy-endpoints",
            "rds:DescribeDBProxyEndpoints", true),
    DB_INSTANCES("DBInstances", "rds describe-db-instances", Narrowing.NONE, "db-instances", "rds:DescribeDBInstances",
            true),
    DB_CLUSTERS("DBClusters", "rds describe-db-clusters", Narrowing.NONE, "db-clusters", "rds:DescribeDBClusters",
            true),
    CACHE_CLUSTERS("CacheClusters", "elasticache describe-cache-clusters --show-cache-node-info", Narrowing.NONE, "cache-clusters",
            "elasticache:DescribeCacheClusters", true),
    REPLICATION_GROUPS("ReplicationGroups", "elasticache describe-replication-groups", Narrowing.NONE,
            "replication-groups", "elasticache:DescribeReplicationGroups", true),
    ACCOUNT_LIMIT("AccountLimit", "lambda get-account-settings", Narrowing.NONE, "account-settings",
            "lambda:GetAccountSettings", true);

    /** How a command is narrowed to what the user named. */
    public enum Narrowing {
        /** The whole region (or account). */
        NONE,
        /** {@code --filters Name=vpc-id,Values=V1,V2}. */
        FILTERS_VPC_ID,
        /** {@code --filter Name=vpc-id,Values=V1,V2}. */
        FILTER_VPC_ID,
        /** {@code --filters Name=attachment.vpc-id,Values=V1,V2}. */
        FILTERS_ATTACHMENT_VPC_ID,
        /** {@code --vpc-ids V1 V2}. */
        VPC_IDS,
        /** One command per stack, {@code --stack-name S}, each to its own file. */
        STACK_NAME
    }

    private final String key;
    private final String command;
    private final Narrowing narrowing;
    private final String fileName;
    private final String iamAction;
    private final boolean used;

    SnapshotSource(String key, String command, Narrowing narrowing, String fileName, String iamAction, boolean used) {
        this.key = key;
        this.command = command;
        this.narrowing = narrowing;
        this.fileName = fileName;
        this.iamAction = iamAction;
        this.used = used;
    }

    /** The top-level key of the command's JSON output. */
    public String key() {
        return key;
    }

    /** The AWS CLI service and operation, {@code ec2 describe-subnets}, with the options its output needs. */
    public String command() {
        return command;
    }

    public Narrowing narrowing() {
        return narrowing;
    }

    /** The file name {@code lambda-lint snapshot} writes, without {@code .json} (for stacks, a prefix). */
    public String fileName() {
        return fileName;
    }

    /** The read-only IAM action the command needs. */
    public String iamAction() {
        return iamAction;
    }

    /** Whether the rules read this key's facts yet (the others are recognised and shape-checked). */
    public boolean used() {
        return used;
    }

    /** Whether the key holds one object rather than a list of them. */
    public boolean isObject() {
        return this == ACCOUNT_LIMIT;
    }

    public static Optional<SnapshotSource> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static List<SnapshotSource> all() {
        return List.of(values());
    }
}
