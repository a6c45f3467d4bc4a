"""A second generator of large templates, independent of GeneratedTemplate: plain CloudFormation with one role,
queue, event source mapping, topic, subscription and permission per function, every VpcConfig in Fn::If, subnets
behind a NAT gateway. Usage: python3 benchmarks/plain-cfn-stack.py RESOURCES OUT.yaml (README, Performance)."""
import sys
n=int(sys.argv[1]); out=open(sys.argv[2],'w')
w=out.write
w("AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  Env:\n    Type: String\n    Default: prod\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n")
w("""  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  SubnetA:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a}
  SubnetB:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: eu-west-1b}
  PublicSubnet:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.3.0/24, AvailabilityZone: eu-west-1a}
  Igw:
    Type: AWS::EC2::InternetGateway
  IgwAttach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}
  PublicRt:
    Type: AWS::EC2::RouteTable
    Properties: {VpcId: !Ref Vpc}
  PublicDefault:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref PublicRt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}
  PublicAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref PublicSubnet, RouteTableId: !Ref PublicRt}
  Eip:
    Type: AWS::EC2::EIP
    Properties: {Domain: vpc}
  Nat:
    Type: AWS::EC2::NatGateway
    Properties: {SubnetId: !Ref PublicSubnet, AllocationId: !GetAtt Eip.AllocationId}
  PrivateRt:
    Type: AWS::EC2::RouteTable
    Properties: {VpcId: !Ref Vpc}
  PrivateDefault:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref PrivateRt, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat}
  AssocA:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref SubnetA, RouteTableId: !Ref PrivateRt}
  AssocB:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref SubnetB, RouteTableId: !Ref PrivateRt}
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: fn, VpcId: !Ref Vpc}
""")
count=17; i=0
while count < n:
    w(f"""  Role{i}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{{Effect: Allow, Principal: {{Service: lambda.amazonaws.com}}, Action: sts:AssumeRole}}]
      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - {{Effect: Allow, Action: [sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes], Resource: !GetAtt Queue{i}.Arn}}
              - {{Effect: Allow, Action: [dynamodb:PutItem, s3:GetObject], Resource: '*'}}
  Queue{i}:
    Type: AWS::SQS::Queue
    Properties: {{VisibilityTimeout: 180}}
  Fn{i}:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Timeout: 30
      Role: !GetAtt Role{i}.Arn
      Code: {{ZipFile: "def handler(e, c): pass"}}
      VpcConfig: !If [IsProd, {{SubnetIds: [!Ref SubnetA, !Ref SubnetB], SecurityGroupIds: [!Ref Sg]}}, !Ref AWS::NoValue]
      Environment: {{Variables: {{QUEUE: !Ref Queue{i}, NEXT: !Ref Queue{(i+1)}}}}}
  Esm{i}:
    Type: AWS::Lambda::EventSourceMapping
    Properties: {{EventSourceArn: !GetAtt Queue{i}.Arn, FunctionName: !Ref Fn{i}}}
  Topic{i}:
    Type: AWS::SNS::Topic
  Perm{i}:
    Type: AWS::Lambda::Permission
    Properties: {{Action: lambda:InvokeFunction, FunctionName: !Ref Fn{i}, Principal: sns.amazonaws.com, SourceArn: !Ref Topic{i}}}
  Sub{i}:
    Type: AWS::SNS::Subscription
    Properties: {{TopicArn: !Ref Topic{i}, Protocol: lambda, Endpoint: !GetAtt Fn{i}.Arn}}
""")
    count+=7; i+=1
w(f"""  Queue{i}:
    Type: AWS::SQS::Queue
""")
