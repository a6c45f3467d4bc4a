package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.edge.EdgeAssociation;
import io.github.lambdalint.model.edge.FunctionQualifier;
import io.github.lambdalint.model.edge.RegionAssertion;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.resolve.Deployment;

/** How CloudFront Lambda@Edge associations are read: which function, which qualifier, which region. */
class EdgeReaderTest {

    private static final String FUNCTIONS = """
            Parameters:
              VersionNumber: {Type: String}
              EdgeArn: {Type: String}
            Conditions:
              UseVersion: !Equals [!Ref VersionNumber, "1"]
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  FunctionName: edge-fn
                  Runtime: nodejs22.x
                  Handler: index.handler
                  Role: arn:aws:iam::123456789012:role/r
                  Code: {ZipFile: x}
              FnVersion:
                Type: AWS::Lambda::Version
                Properties: {FunctionName: !Ref Fn}
              FnAlias:
                Type: AWS::Lambda::Alias
                Properties: {Name: live, FunctionName: !Ref Fn, FunctionVersion: !GetAtt FnVersion.Version}
              SamFn:
                Type: AWS::Serverless::Function
                Properties: {Runtime: nodejs22.x, Handler: index.handler, InlineCode: x, AutoPublishAlias: prod-v2}
              SamNoAlias:
                Type: AWS::Serverless::Function
                Properties: {Runtime: nodejs22.x, Handler: index.handler, InlineCode: x}
            """;

    private static TemplateModel model(String yaml, Optional<String> region) {
        return Models.inline(yaml, new Deployment(region, Map.of()), NetworkContext.EMPTY);
    }

    /** The one association of a distribution whose default behaviour associates {@code arn}. */
    private static List<EdgeAssociation> associate(String arn, Optional<String> region) {
        return model(FUNCTIONS + """
                  Cdn:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        DefaultCacheBehavior:
                          LambdaFunctionAssociations:
                            - EventType: viewer-request
                              LambdaFunctionARN: %s
                """.formatted(arn), region).edgeAssociations();
    }

    private static EdgeAssociation only(String arn) {
        List<EdgeAssociation> associations = associate(arn, Optional.empty());
        assertThat(associations).hasSize(1);
        return associations.get(0);
    }

    private static void assertReads(String arn, String function, FunctionQualifier qualifier) {
        EdgeAssociation association = only(arn);
        assertThat(association.functionLogicalId()).as(arn).isEqualTo(Optional.ofNullable(function));
        assertThat(association.qualifier()).as(arn).isEqualTo(qualifier);
    }

    @Test
    void versionResourcesAndSamVersionsAreNumberedVersions() {
        assertReads("!Ref FnVersion", "Fn", FunctionQualifier.VERSION);
        assertReads("!GetAtt FnVersion.FunctionArn", "Fn", FunctionQualifier.VERSION);
        assertReads("!Ref SamFn.Version", "SamFn", FunctionQualifier.VERSION);
        assertReads("!Sub '${SamFn.Version}'",
                "SamFn", FunctionQualifier.VERSION);
    }

    @Test
    void samVersionWithoutAutoPublishAliasIsNeverPublished() {
        assertReads("!Ref SamNoAlias.Version", "SamNoAlias", FunctionQualifier.NO_PUBLISHED_VERSION);
    }

    @Test
    void autoPublishAliasFromGlobalsPublishesVersions() {
        List<EdgeAssociation> associations = model("""
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    AutoPublishAlias: live
                Resources:
                  Edge:
                    Type: AWS::Serverless::Function
                    Properties: {Runtime: nodejs22.x, Handler: index.handler, InlineCode: x}
                  Cdn:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        DefaultCacheBehavior:
                          LambdaFunctionAssociations:
                            - {EventType: origin-request, LambdaFunctionARN: !Ref Edge.Version}
                            - {EventType: origin-response, LambdaFunctionARN: !Ref EdgeAliaslive}
                """, Optional.empty()).edgeAssociations();
        assertThat(associations).extracting(EdgeAssociation::qualifier)
                .containsExactly(FunctionQualifier.VERSION, FunctionQualifier.ALIAS);
        assertThat(associations).extracting(EdgeAssociation::functionLogicalId)
                .containsOnly(Optional.of("Edge"));
    }

    @Test
    void unqualifiedArnsAndFunctionNames() {
        assertReads("!GetAtt Fn.Arn", "Fn", FunctionQualifier.UNQUALIFIED);
        assertReads("!Ref Fn", "Fn", FunctionQualifier.UNQUALIFIED);
        assertReads("arn:aws:lambda:us-east-1:123456789012:function:edge-fn", "Fn", FunctionQualifier.UNQUALIFIED);
    }

    @Test
    void qualifiersAfterTheFunctionArn() {
        assertReads("!Sub '${Fn.Arn}:3'", "Fn", FunctionQualifier.VERSION);
        assertReads("!Sub '${Fn.Arn}:$LATEST'", "Fn", FunctionQualifier.LATEST);
        assertReads("!Sub '${Fn.Arn}:live'", "Fn", FunctionQualifier.ALIAS);
        assertReads("!Sub '${Fn.Arn}:${VersionNumber}'", "Fn", FunctionQualifier.UNKNOWN);
        assertReads("!Join [':', [!GetAtt Fn.Arn, !GetAtt FnVersion.Version]]", "Fn", FunctionQualifier.VERSION);
        assertReads("!Join ['', [!GetAtt Fn.Arn, ':7']]", "Fn", FunctionQualifier.VERSION);
        assertReads("!Join [':', [!GetAtt SamFn.Arn, !GetAtt SamFn.Version.Version]]", "SamFn",
                FunctionQualifier.VERSION);
        // The list form SAM's own tests use (function_with_resource_refs): [MinimalFunction.Version, Version].
        assertReads("!Join [':', [!GetAtt SamFn.Arn, {'Fn::GetAtt': [SamFn.Version, Version]}]]", "SamFn",
                FunctionQualifier.VERSION);
    }

    @Test
    void aliases() {
        assertReads("!Ref FnAlias", "Fn", FunctionQualifier.ALIAS);
        assertReads("!Ref SamFn.Alias", "SamFn", FunctionQualifier.ALIAS);
        // SAM writes - as D and _ as U in the generated alias id
        // (sam_resources.py _construct_alias; translator test function_with_alias_valid_names).
        assertReads("!Ref SamFnAliasprodDv2", "SamFn", FunctionQualifier.ALIAS);
        assertReads("!Ref SamFnVersion0a1b2c3d4e", "SamFn", FunctionQualifier.VERSION);
        assertReads("!Ref SamNoAliasAliaslive", null, FunctionQualifier.UNKNOWN);
    }

    @Test
    void literalArnsGiveRegionQualifierAndFunctionByName() {
        EdgeAssociation association = only("arn:aws:lambda:eu-west-1:123456789012:function:edge-fn:3");
        assertThat(association.arnRegion()).contains("eu-west-1");
        assertThat(association.qualifier()).isEqualTo(FunctionQualifier.VERSION);
        assertThat(association.functionLogicalId()).contains("Fn");

        EdgeAssociation latest = only("'arn:aws:lambda:us-east-1:123456789012:function:other:$LATEST'");
        assertThat(latest.qualifier()).isEqualTo(FunctionQualifier.LATEST);
        assertThat(latest.functionLogicalId()).isEmpty();
        assertThat(latest.arnRegion()).contains("us-east-1");
    }

    @Test
    void arnsBuiltWithSubKeepTheLiteralFields() {
        EdgeAssociation account = only("!Sub 'arn:aws:lambda:us-east-1:${AWS::AccountId}:function:other:2'");
        assertThat(account.arnRegion()).contains("us-east-1");
        assertThat(account.qualifier()).isEqualTo(FunctionQualifier.VERSION);

        String stackRegion = "!Sub 'arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}:1'";
        EdgeAssociation unknownRegion = only(stackRegion);
        assertThat(unknownRegion.arnRegion()).isEmpty();
        assertThat(unknownRegion.functionLogicalId()).contains("Fn");
        assertThat(unknownRegion.qualifier()).isEqualTo(FunctionQualifier.VERSION);
        assertThat(associate(stackRegion, Optional.of("ap-south-1")).get(0).arnRegion()).contains("ap-south-1");

        assertThat(only("!Sub 'arn:aws:lambda:us-east-1:${AWS::AccountId}:function:${EdgeArn}'").qualifier())
                .isEqualTo(FunctionQualifier.UNQUALIFIED);
    }

    @Test
    void parametersAndImportsAreUnknown() {
        EdgeAssociation parameter = only("!Ref EdgeArn");
        assertThat(parameter.functionLogicalId()).isEmpty();
        assertThat(parameter.qualifier()).isEqualTo(FunctionQualifier.UNKNOWN);
        assertThat(parameter.arnRegion()).isEmpty();
        assertThat(only("!ImportValue edge-stack-version-arn").qualifier()).isEqualTo(FunctionQualifier.UNKNOWN);
        assertThat(only("!Sub '${EdgeArn}:3'").qualifier()).isEqualTo(FunctionQualifier.UNKNOWN);
    }

    @Test
    void eachBranchOfAnUndecidableIfIsAnAssociation() {
        List<EdgeAssociation> associations = associate("!If [UseVersion, !Ref FnVersion, !GetAtt Fn.Arn]",
                Optional.empty());
        assertThat(associations).extracting(EdgeAssociation::qualifier)
                .containsExactly(FunctionQualifier.VERSION, FunctionQualifier.UNQUALIFIED);
        assertThat(associations).extracting(EdgeAssociation::functionLogicalId).containsOnly(Optional.of("Fn"));
        assertThat(associations).extracting(EdgeAssociation::condition).containsOnly(Optional.of("UseVersion"));
        assertThat(only("!Ref FnVersion").condition()).isEmpty();
    }

    @Test
    void associationsUnderAnUndecidableConditionKeepIt() {
        List<EdgeAssociation> associations = model(FUNCTIONS + """
                  Cdn:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        DefaultCacheBehavior:
                          LambdaFunctionAssociations: !If
                            - UseVersion
                            - [{EventType: viewer-request, LambdaFunctionARN: !Ref FnVersion}]
                            - !Ref AWS::NoValue
                  OptionalCdn:
                    Type: AWS::CloudFront::Distribution
                    Condition: UseVersion
                    Properties:
                      DistributionConfig:
                        DefaultCacheBehavior:
                          LambdaFunctionAssociations:
                            - {EventType: origin-request, LambdaFunctionARN: !Ref SamFn.Version}
                """, Optional.empty()).edgeAssociations();
        assertThat(associations).extracting(EdgeAssociation::functionLogicalId, EdgeAssociation::condition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Optional.of("Fn"), Optional.of("UseVersion")),
                        org.assertj.core.groups.Tuple.tuple(Optional.of("SamFn"), Optional.of("UseVersion")));
    }

    @Test
    void pathBehavioursAreNamedByTheirPattern() {
        List<EdgeAssociation> associations = model(FUNCTIONS + """
                  Cdn:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        DefaultCacheBehavior: {TargetOriginId: o}
                        CacheBehaviors:
                          - PathPattern: /api/*
                            LambdaFunctionAssociations:
                              - {EventType: origin-response, LambdaFunctionARN: !Ref FnVersion}
                """, Optional.empty()).edgeAssociations();
        assertThat(associations).hasSize(1);
        assertThat(associations.get(0).describe())
                .isEqualTo("origin-response of the cache behaviour for /api/* of distribution Cdn");
        assertThat(associations.get(0).isOriginEvent()).isTrue();
        assertThat(associations.get(0).isViewerEvent()).isFalse();
    }

    @Test
    void regionAssertionsInEitherOrderAndContainsOfOne() {
        TemplateModel model = model("""
                Rules:
                  A:
                    Assertions:
                      - Assert: !Equals [!Ref AWS::Region, us-east-1]
                  B:
                    Assertions:
                      - Assert: {"Fn::Equals": ["eu-west-1", {"Ref": "AWS::Region"}]}
                  C:
                    Assertions:
                      - Assert: !Contains [[ap-south-1], !Ref AWS::Region]
                  Several:
                    Assertions:
                      - Assert: !Contains [[us-east-1, us-west-2], !Ref AWS::Region]
                  OnlyForProd:
                    RuleCondition: !Equals [!Ref AWS::AccountId, "123456789012"]
                    Assertions:
                      - Assert: !Equals [!Ref AWS::Region, eu-central-1]
                Resources: {}
                """, Optional.empty());
        assertThat(model.regionAssertions()).extracting(RegionAssertion::ruleName, RegionAssertion::region)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "us-east-1"),
                        org.assertj.core.groups.Tuple.tuple("B", "eu-west-1"),
                        org.assertj.core.groups.Tuple.tuple("C", "ap-south-1"));
    }

    @Test
    void templateRoleTrustPolicyPointsAtItsKey() {
        TemplateModel model = model("""
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties: {Role: !GetAtt Role.Arn, Runtime: nodejs22.x, Handler: i.h, Code: {ZipFile: x}}
                """, Optional.empty());
        ExecutionRole.TemplateRole role = (ExecutionRole.TemplateRole) model.function("Fn").orElseThrow().role();
        assertThat(role.trustPolicy().position()).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(5));
        assertThat(role.trusts("edgelambda.amazonaws.com")).isEqualTo(io.github.lambdalint.resolve.TriState.NO);
    }

    @Test
    void everyPropertyIsKeptWithGlobalsMerged() {
        TemplateModel model = model("""
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    EphemeralStorage: {Size: 1024}
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.13
                      Handler: i.h
                      InlineCode: x
                      RuntimeManagementConfig: {UpdateRuntimeOn: Manual}
                """, Optional.empty());
        LambdaFunction function = model.function("Fn").orElseThrow();
        assertThat(function.property("EphemeralStorage").flatMap(v -> v.asMap()).flatMap(m -> m.get("Size"))
                .flatMap(v -> v.asLong())).contains(1024L);
        assertThat(function.positionOf("EphemeralStorage").line()).isEqualTo(4);
        assertThat(function.property("RuntimeManagementConfig")).isPresent();
        assertThat(function.property("Tracing")).isEmpty();
    }
}
