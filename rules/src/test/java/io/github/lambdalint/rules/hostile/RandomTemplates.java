package io.github.lambdalint.rules.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import io.github.lambdalint.parse.ListNode;
import io.github.lambdalint.parse.MapNode;
import io.github.lambdalint.parse.Node;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.ScalarNode;

/**
 * Random templates built from the words the model reads: the resource types and properties of
 * Lambda networking and invocation, references between a small set of logical ids (so cycles
 * and dangling references come up often), conditions that may refer to each other, and
 * intrinsic functions with arguments of any shape.
 */
final class RandomTemplates {

    private static final Position AT = Position.START;

    static final List<String> IDS = List.of("Fn", "Fn2", "Role", "Subnet1", "Subnet2", "Vpc", "Queue", "Topic",
            "Bucket", "Stream", "Proxy", "Db", "Dist", "Sg", "RouteTable", "Nat", "Igw", "Endpoint", "Policy", "Alias");

    static final List<String> TYPES = List.of("AWS::Serverless::Function", "AWS::Lambda::Function",
            "AWS::IAM::Role", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::EC2::Subnet", "AWS::EC2::VPC",
            "AWS::EC2::RouteTable", "AWS::EC2::Route", "AWS::EC2::SubnetRouteTableAssociation", "AWS::EC2::NatGateway",
            "AWS::EC2::InternetGateway", "AWS::EC2::VPCEndpoint", "AWS::EC2::SecurityGroup", "AWS::SQS::Queue",
            "AWS::SNS::Topic", "AWS::SNS::Subscription", "AWS::S3::Bucket", "AWS::Kinesis::Stream",
            "AWS::Lambda::EventSourceMapping", "AWS::Lambda::Permission", "AWS::Lambda::Alias", "AWS::Lambda::Version",
            "AWS::Lambda::EventInvokeConfig", "AWS::Events::Rule", "AWS::RDS::DBProxy", "AWS::RDS::DBInstance",
            "AWS::RDS::DBCluster", "AWS::CloudFront::Distribution", "AWS::Logs::SubscriptionFilter",
            "AWS::Scheduler::Schedule", "Custom::Thing", "AWS::CloudFormation::CustomResource");

    static final List<String> KEYS = List.of("VpcConfig", "SubnetIds", "SecurityGroupIds", "Role", "Policies",
            "Events", "Type", "Properties", "Queue", "Stream", "Bucket", "Topic", "Runtime", "Timeout", "MemorySize",
            "Environment", "Variables", "Layers", "DeadLetterQueue", "DeadLetterConfig", "TargetArn",
            "EventInvokeConfig", "DestinationConfig", "OnFailure", "OnSuccess", "Destination", "AutoPublishAlias",
            "ReservedConcurrentExecutions", "ProvisionedConcurrencyConfig", "Architectures", "PackageType",
            "FunctionName", "Principal", "SourceArn", "EventSourceArn", "StartingPosition", "MaximumRetryAttempts",
            "BisectBatchOnFunctionError", "VisibilityTimeout", "Statement", "Effect", "Action", "Resource",
            "PolicyDocument", "ManagedPolicyArns", "AssumeRolePolicyDocument", "Roles", "RoleName", "VpcId",
            "AvailabilityZone", "CidrBlock", "RouteTableId", "DestinationCidrBlock", "NatGatewayId", "GatewayId",
            "ServiceName", "VpcEndpointType", "RouteTableIds", "DistributionConfig", "DefaultCacheBehavior",
            "CacheBehaviors", "LambdaFunctionAssociations", "EventType", "LambdaFunctionARN", "Targets", "Arn",
            "Endpoint", "Protocol", "DBProxyName", "EngineFamily", "VpcSubnetIds", "Metadata", "lambda-lint",
            "ignore", "rule", "reason", "Condition", "DependsOn", "SqsSubscription", "Function", "Globals");

    static final List<String> SCALARS = List.of("", "*", "ec2:*", "ec2:CreateNetworkInterface", "lambda:*",
            "Allow", "Deny", "subnet-1", "subnet-2", "sg-1", "vpc-1", "eu-west-1a", "us-east-1", "0.0.0.0/0",
            "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole",
            "arn:aws:lambda:eu-west-1:123456789012:function:f:1", "s3.amazonaws.com", "edgelambda.amazonaws.com",
            "viewer-request", "origin-response", "python3.12", "nodejs20.x", "SQS", "SNS", "S3", "Kinesis",
            "DynamoDB", "Schedule", "EventBridgeRule", "Api", "CloudWatchLogs", "Interface", "Gateway",
            "com.amazonaws.eu-west-1.s3", "LATEST", "live", "${Fn.Arn}", "${AWS::Region}", "${Missing}", "${",
            "{{resolve:ssm:/x}}", "x".repeat(300), "\u00e9\u4e2d\uD83D\uDE00", "LL101", "LL104", "LL301");

    static final List<String> INTRINSICS = List.of("Ref", "Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::Select",
            "Fn::Split", "Fn::If", "Fn::FindInMap", "Fn::ImportValue", "Fn::GetAZs", "Fn::Base64", "Fn::Cidr",
            "Fn::Length", "Fn::ToJsonString", "Condition", "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or");

    static final List<String> CONDITIONS = List.of("IsProd", "IsEdge", "Always", "Never");

    private RandomTemplates() {
    }

    static Arbitrary<Node> templates() {
        Arbitrary<Map<String, Node>> resources = Arbitraries.maps(Arbitraries.of(IDS), resource())
                .ofMinSize(1).ofMaxSize(8);
        Arbitrary<Map<String, Node>> conditions = Arbitraries.maps(Arbitraries.of(CONDITIONS), condition(3))
                .ofMaxSize(4);
        Arbitrary<Map<String, Node>> globals = Arbitraries.maps(Arbitraries.of(KEYS), value(3)).ofMaxSize(4);
        Arbitrary<Map<String, Node>> parameters = Arbitraries.maps(Arbitraries.of("Subnets", "Region", "Env"),
                parameter()).ofMaxSize(3);
        return Combinators.combine(resources, conditions, globals, parameters, Arbitraries.integers().between(0, 3))
                .as((r, c, g, p, sections) -> {
                    List<MapNode.Entry> entries = new ArrayList<>();
                    if ((sections & 1) == 1) {
                        entries.add(entry("Transform", str("AWS::Serverless-2016-10-31")));
                        entries.add(entry("Globals", map(Map.of("Function", map(g)))));
                    }
                    if ((sections & 2) == 2) {
                        entries.add(entry("Parameters", map(p)));
                    }
                    entries.add(entry("Conditions", map(c)));
                    entries.add(entry("Resources", map(r)));
                    return new MapNode(entries, AT);
                });
    }

    private static Arbitrary<Node> parameter() {
        return Combinators.combine(Arbitraries.of("String", "List<AWS::EC2::Subnet::Id>", "CommaDelimitedList",
                "AWS::SSM::Parameter::Value<String>"), value(1).injectNull(0.3))
                .as((type, value) -> {
                    Map<String, Node> declaration = new java.util.HashMap<>();
                    declaration.put("Type", str(type));
                    if (value != null) {
                        declaration.put("Default", value);
                    }
                    return map(declaration);
                });
    }

    /**
     * A resource: a skeleton of the properties its type has (so the model finds what it looks
     * for, and rules fire) with random values in its holes, plus random properties.
     */
    private static Arbitrary<Node> resource() {
        return Combinators.combine(Arbitraries.of(TYPES), skeleton(),
                Arbitraries.maps(Arbitraries.of(KEYS), value(3)).ofMaxSize(4),
                Arbitraries.of(CONDITIONS).injectNull(0.8))
                .as((type, skeleton, extra, condition) -> {
                    Map<String, Node> properties = new java.util.HashMap<>(extra);
                    properties.putAll(skeleton.apply(type));
                    List<MapNode.Entry> entries = new ArrayList<>();
                    entries.add(entry("Type", str(type)));
                    entries.add(entry("Properties", map(properties)));
                    if (condition != null) {
                        entries.add(entry("Condition", str(condition)));
                    }
                    return new MapNode(entries, AT);
                });
    }

    /** Properties by resource type, holes filled with references or random values. */
    private static Arbitrary<java.util.function.Function<String, Map<String, Node>>> skeleton() {
        Arbitrary<Node> hole = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(IDS).map(id -> call("Ref", str(id)))),
                Tuple.of(2, Arbitraries.of(IDS).map(id -> call("Fn::GetAtt", list(List.of(str(id), str("Arn")))))),
                Tuple.of(3, value(2)));
        Arbitrary<Node> holes = hole.list().ofMinSize(1).ofMaxSize(3).map(RandomTemplates::list);
        Arbitrary<String> event = Arbitraries.of("SQS", "S3", "SNS", "Kinesis", "DynamoDB", "EventBridgeRule",
                "Schedule", "CloudWatchLogs", "Api", "HttpApi", "IoTRule", "MSK");
        return Combinators.combine(hole, holes, holes, event, hole, Arbitraries.of(SCALARS))
                .as((one, subnets, groups, eventType, other, scalar) -> type -> {
                    Map<String, Node> vpc = Map.of("SubnetIds", subnets, "SecurityGroupIds", groups);
                    Map<String, Node> statement = Map.of("Effect", str("Allow"), "Action", str(scalar),
                            "Resource", other);
                    Map<String, Node> policy = Map.of("PolicyName", str("p"), "PolicyDocument",
                            map(Map.of("Statement", list(List.of(map(statement))))));
                    return switch (type) {
                        case "AWS::Lambda::Function" -> Map.of("Role", one, "VpcConfig", map(vpc),
                                "DeadLetterConfig", map(Map.of("TargetArn", other)));
                        case "AWS::Serverless::Function" -> Map.of("VpcConfig", map(vpc), "Policies",
                                list(List.of(map(statement), str(scalar))), "Events", map(Map.of("E", map(Map.of(
                                        "Type", str(eventType), "Properties", map(Map.of("Queue", one, "Bucket", one,
                                                "Stream", one, "Topic", other)))))));
                        case "AWS::EC2::Subnet" -> Map.of("VpcId", one, "AvailabilityZone", other);
                        case "AWS::EC2::Route" -> Map.of("RouteTableId", one, "DestinationCidrBlock",
                                str("0.0.0.0/0"), "NatGatewayId", other);
                        case "AWS::EC2::SubnetRouteTableAssociation" -> Map.of("SubnetId", one, "RouteTableId", other);
                        case "AWS::IAM::Role" -> Map.of("Policies", list(List.of(map(policy))), "ManagedPolicyArns",
                                subnets);
                        case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy" -> Map.of("Roles", subnets,
                                "PolicyDocument", map(Map.of("Statement", list(List.of(map(statement))))));
                        case "AWS::Lambda::EventSourceMapping" -> Map.of("FunctionName", one, "EventSourceArn",
                                other);
                        case "AWS::Lambda::Permission" -> Map.of("FunctionName", one, "Principal", str(scalar),
                                "SourceArn", other);
                        case "AWS::CloudFront::Distribution" -> Map.of("DistributionConfig", map(Map.of(
                                "DefaultCacheBehavior", map(Map.of("LambdaFunctionAssociations", list(List.of(map(
                                        Map.of("EventType", str(scalar), "LambdaFunctionARN", one)))))))));
                        case "AWS::RDS::DBProxy" -> Map.of("VpcSubnetIds", subnets, "EngineFamily", str("MYSQL"));
                        default -> Map.of();
                    };
                });
    }

    private static Arbitrary<Node> value(int depth) {
        Arbitrary<Node> scalar = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(SCALARS).map(RandomTemplates::str)),
                Tuple.of(2, Arbitraries.integers().between(-2, 100_000)
                        .map(i -> new ScalarNode(Integer.toString(i), ScalarNode.ScalarType.INTEGER, AT))),
                Tuple.of(1, Arbitraries.of(true, false)
                        .map(b -> new ScalarNode(b.toString(), ScalarNode.ScalarType.BOOLEAN, AT))),
                Tuple.of(1, Arbitraries.just(new ScalarNode("", ScalarNode.ScalarType.NULL, AT))),
                Tuple.of(4, Arbitraries.of(IDS).map(id -> call("Ref", str(id)))),
                Tuple.of(3, Arbitraries.of(IDS).map(id -> call("Fn::GetAtt", list(List.of(str(id), str("Arn")))))),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(12).map(RandomTemplates::str)));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Node> deeper = Arbitraries.lazy(() -> value(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(5, scalar),
                Tuple.of(2, deeper.list().ofMaxSize(4).map(RandomTemplates::list)),
                Tuple.of(3, Arbitraries.maps(Arbitraries.of(KEYS), deeper).ofMaxSize(4).map(RandomTemplates::map)),
                Tuple.of(3, Combinators.combine(Arbitraries.of(INTRINSICS), deeper.list().ofMaxSize(4), deeper,
                        Arbitraries.of(true, false)).as((name, arguments, single, asList) ->
                        call(name, asList ? list(arguments) : single))));
    }

    private static Arbitrary<Node> condition(int depth) {
        Arbitrary<Node> leaf = Arbitraries.oneOf(
                Arbitraries.of(CONDITIONS).map(name -> call("Condition", str(name))),
                Arbitraries.of("us-east-1", "eu-west-1").map(region ->
                        call("Fn::Equals", list(List.of(call("Ref", str("AWS::Region")), str(region))))),
                Arbitraries.of("true", "false", "maybe").map(RandomTemplates::str));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Node> deeper = Arbitraries.lazy(() -> condition(depth - 1));
        return Arbitraries.oneOf(leaf,
                deeper.map(c -> call("Fn::Not", list(List.of(c)))),
                deeper.list().ofMaxSize(3).map(cs -> call("Fn::And", list(cs))),
                deeper.list().ofMaxSize(3).map(cs -> call("Fn::Or", list(cs))));
    }

    private static MapNode.Entry entry(String key, Node value) {
        return new MapNode.Entry(ScalarNode.string(key, AT), value);
    }

    private static Node str(String text) {
        return ScalarNode.string(text, AT);
    }

    private static Node list(List<Node> items) {
        return new ListNode(items, AT);
    }

    private static Node map(Map<String, Node> entries) {
        return new MapNode(entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> entry(e.getKey(), e.getValue())).toList(), AT);
    }

    private static Node call(String function, Node argument) {
        return new MapNode(List.of(entry(function, argument)), AT);
    }
}
