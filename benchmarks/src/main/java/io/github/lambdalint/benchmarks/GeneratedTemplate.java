package io.github.lambdalint.benchmarks;

/**
 * A SAM template with a VPC (two private subnets behind a NAT gateway) and N functions, each in
 * the VPC with its own queue, SQS event, DLQ and SNS trigger: enough of every model part that
 * rules have real work on each function.
 */
final class GeneratedTemplate {

    private GeneratedTemplate() {
    }

    static String withFunctions(int count) {
        StringBuilder yaml = new StringBuilder("""
                AWSTemplateFormatVersion: "2010-09-09"
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Runtime: python3.12
                    Handler: index.handler
                    CodeUri: s3://bucket/app.zip
                    VpcConfig:
                      SecurityGroupIds: [!Ref FunctionSecurityGroup]
                      SubnetIds: [!Ref PrivateA, !Ref PrivateB]
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
        for (int i = 0; i < count; i++) {
            yaml.append("""
                      Queue%1$d: {Type: AWS::SQS::Queue, Properties: {VisibilityTimeout: 180}}
                      Fn%1$d:
                        Type: AWS::Serverless::Function
                        Properties:
                          Timeout: 30
                          DeadLetterQueue: {Type: SQS, TargetArn: !GetAtt Dlq.Arn}
                          Environment: {Variables: {QUEUE: !Ref Queue%1$d, TABLE: !Sub "table-${AWS::StackName}-%1$d"}}
                          Policies:
                            - SQSSendMessagePolicy: {QueueName: !GetAtt Queue%1$d.QueueName}
                          Events:
                            Work: {Type: SQS, Properties: {Queue: !GetAtt Queue%1$d.Arn}}
                            Notify: {Type: SNS, Properties: {Topic: !Ref Topic}}
                    """.formatted(i));
        }
        return yaml.toString();
    }
}
