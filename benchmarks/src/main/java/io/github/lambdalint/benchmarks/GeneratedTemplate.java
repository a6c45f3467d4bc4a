package io.github.lambdalint.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * SAM templates of a given number of resources, in the shapes that have made the engine slow:
 * every function with its own role, one role shared by every function with hundreds of attached
 * policies, and long chains of conditions read through {@code Fn::If}. Every shape sits in a VPC
 * (two private subnets behind a NAT gateway), so rules have real work on each function.
 *
 * <p>Run {@code main} to write one to a file, for whole-process timings:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.lambdalint.benchmarks.GeneratedTemplate stack 5000 stack-5000.yaml}.
 */
public final class GeneratedTemplate {

    /** What fills the template beside the VPC. */
    public enum Shape {
        /** Functions with their own (SAM-generated) role, queue, SQS and SNS events and a DLQ. */
        FUNCTIONS(false, false, false),
        /** Functions that share one role; 15 % of the resources are policies attached to it. */
        SHARED_ROLE(true, false, false),
        /** Functions whose VpcConfig and environment depend on a chain of conditions (one per 20 resources). */
        MANY_CONDITIONS(false, true, false),
        /**
         * Both: at 5,000 resources, 2,870 functions, 750 policies on the one role and 250 chained
         * conditions; the rest are queues.
         */
        STACK(true, true, false),
        /**
         * The stack, with each policy of the shared role on one function's own queue instead of
         * {@code Resource: "*"}: every function sees its own view of the role.
         */
        STACK_OWN_QUEUES(true, true, true);

        private final boolean sharedRole;
        private final boolean conditions;
        private final boolean ownQueuePolicies;

        Shape(boolean sharedRole, boolean conditions, boolean ownQueuePolicies) {
            this.sharedRole = sharedRole;
            this.conditions = conditions;
            this.ownQueuePolicies = ownQueuePolicies;
        }
    }

    /** Resources of the fixed part: the VPC, its routing, the security group, the topic and the DLQ. */
    private static final int NETWORK_RESOURCES = 18;

    private GeneratedTemplate() {
    }

    /** Writes a template: {@code SHAPE RESOURCES FILE}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GeneratedTemplate functions|shared-role|many-conditions|stack|stack-own-queues RESOURCES FILE");
            System.exit(2);
        }
        Shape shape = Shape.valueOf(args[0].toUpperCase(Locale.ROOT).replace('-', '_'));
        Files.writeString(Path.of(args[2]), of(shape, Integer.parseInt(args[1])));
    }

    /** A template of the shape with about {@code resources} resources (never fewer than the fixed part). */
    static String of(Shape shape, int resources) {
        int budget = Math.max(0, resources - NETWORK_RESOURCES);
        int policies = shape.sharedRole ? resources * 15 / 100 : 0;
        int conditions = shape.conditions ? Math.max(1, resources / 20) : 0;
        if (shape.sharedRole) {
            budget -= 1 + policies;
        }
        // Shapes with their own roles give every function a queue; with the shared role, 2 in 3 of
        // what is left are functions and the rest queues (the proportions of the 5,000-resource stack).
        int functions = shape.sharedRole ? Math.max(1, budget * 678 / 1000) : Math.max(1, budget / 2);
        int queues = Math.max(0, budget - functions);

        StringBuilder yaml = new StringBuilder();
        header(yaml, conditions);
        for (int i = 0; i < queues; i++) {
            yaml.append("  Queue%1$d: {Type: AWS::SQS::Queue, Properties: {VisibilityTimeout: 180}}\n".formatted(i));
        }
        if (shape.sharedRole) {
            sharedRole(yaml, policies, shape.ownQueuePolicies ? queues : 0);
        }
        for (int i = 0; i < functions; i++) {
            function(yaml, shape, i, i < queues, conditions);
        }
        return yaml.toString();
    }

    private static void header(StringBuilder yaml, int conditions) {
        yaml.append("""
                AWSTemplateFormatVersion: "2010-09-09"
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Stage: {Type: String}
                """);
        if (conditions > 0) {
            // A chain: each condition reads the one before it, so deciding the last reads them all.
            yaml.append("Conditions:\n  C0: !Equals [!Ref Stage, s0]\n");
            for (int i = 1; i < conditions; i++) {
                yaml.append("  C%1$d: !Or [!Condition C%2$d, !Equals [!Ref Stage, s%1$d]]\n".formatted(i, i - 1));
            }
        }
        yaml.append("""
                Globals:
                  Function:
                    Runtime: python3.12
                    Handler: index.handler
                    CodeUri: s3://bucket/app.zip
                    Timeout: 30
                Resources:
                  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
                  Igw: {Type: AWS::EC2::InternetGateway}
                  Attach: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}}
                  Public: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24}}
                  PublicRoutes: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
                  PublicDefault: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref PublicRoutes, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}}
                  PublicAssoc: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref Public, RouteTableId: !Ref PublicRoutes}}
                  NatIp: {Type: AWS::EC2::EIP, Properties: {Domain: vpc}}
                  Nat: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: !Ref Public, AllocationId: !GetAtt NatIp.AllocationId}}
                  PrivateRoutes: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
                  PrivateDefault: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref PrivateRoutes, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat}}
                  PrivateA: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [0, !GetAZs ""]}}
                  PrivateB: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: !Select [1, !GetAZs ""]}}
                  AssocA: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref PrivateA, RouteTableId: !Ref PrivateRoutes}}
                  AssocB: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref PrivateB, RouteTableId: !Ref PrivateRoutes}}
                  FunctionSecurityGroup: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: fn, VpcId: !Ref Vpc}}
                  Topic: {Type: AWS::SNS::Topic}
                  Dlq: {Type: AWS::SQS::Queue}
                """);
    }

    /**
     * One role for every function; the network-interface permissions come from the last policy, so
     * deciding them reads every policy. The first {@code onQueues} other policies are each on one queue.
     */
    private static void sharedRole(StringBuilder yaml, int policies, int onQueues) {
        yaml.append("""
                  SharedRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]
                """);
        for (int i = 0; i < policies; i++) {
            String actions = i == policies - 1
                    ? "[ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces, ec2:DeleteNetworkInterface]"
                    : "[sqs:SendMessage, sqs:Get*, dynamodb:GetItem, dynamodb:Query, s3:GetObject, logs:Put*]";
            String resource = i < onQueues && i != policies - 1 ? "!GetAtt Queue" + i + ".Arn" : "\"*\"";
            yaml.append("""
                      Policy%1$d:
                        Type: AWS::IAM::Policy
                        Properties:
                          PolicyName: policy-%1$d
                          Roles: [!Ref SharedRole]
                          PolicyDocument:
                            Version: "2012-10-17"
                            Statement:
                              - {Effect: Allow, Action: %2$s, Resource: %3$s}
                    """.formatted(i, actions, resource));
        }
    }

    private static void function(StringBuilder yaml, Shape shape, int i, boolean ownQueue, int conditions) {
        yaml.append("""
                  Fn%1$d:
                    Type: AWS::Serverless::Function
                    Properties:
                      DeadLetterQueue: {Type: SQS, TargetArn: !GetAtt Dlq.Arn}
                """.formatted(i));
        String vpcConfig = "{SecurityGroupIds: [!Ref FunctionSecurityGroup], SubnetIds: [!Ref PrivateA, !Ref PrivateB]}";
        String queue = ownQueue ? "!Ref Queue" + i : "!Ref Dlq";
        if (conditions > 0) {
            String condition = "C" + (i % conditions);
            yaml.append("      VpcConfig: !If [%s, %s, !Ref AWS::NoValue]\n".formatted(condition, vpcConfig));
            yaml.append("      Environment: {Variables: {QUEUE: !If [%s, %s, !Ref Topic]}}\n".formatted(condition, queue));
        } else {
            yaml.append("      VpcConfig: %s\n".formatted(vpcConfig));
            yaml.append("      Environment: {Variables: {QUEUE: %s, TABLE: !Sub \"table-${AWS::StackName}-%d\"}}\n"
                    .formatted(queue, i));
        }
        if (shape.sharedRole) {
            yaml.append("      Role: !GetAtt SharedRole.Arn\n");
        } else if (ownQueue) {
            yaml.append("      Policies:\n        - SQSSendMessagePolicy: {QueueName: !GetAtt Queue%d.QueueName}\n"
                    .formatted(i));
        }
        yaml.append("      Events:\n");
        if (ownQueue) {
            yaml.append("        Work: {Type: SQS, Properties: {Queue: !GetAtt Queue%d.Arn}}\n".formatted(i));
        }
        yaml.append("        Notify: {Type: SNS, Properties: {Topic: !Ref Topic}}\n");
    }
}
