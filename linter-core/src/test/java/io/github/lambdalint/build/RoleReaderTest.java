package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.resolve.TriState;

class RoleReaderTest {

    private static final String TEMPLATE = """
            Resources:
              FnRole:
                Type: AWS::IAM::Role
                Properties:
                  RoleName: %s
              Eni:
                Type: AWS::IAM::Policy
                Properties:
                  PolicyName: eni
                  Roles: [%s]
                  PolicyDocument:
                    Statement:
                      - { Effect: Allow, Action: "ec2:*NetworkInterface*", Resource: "*" }
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Role: !GetAtt FnRole.Arn
            """;

    private static TriState allowsCreate(String roleName, String policyRole) {
        TemplateModel model = Models.inline(TEMPLATE.formatted(roleName, policyRole));
        return model.function("Fn").orElseThrow().role().permissions().allows("ec2:CreateNetworkInterface");
    }

    @Test
    void aPolicyNamingTheRoleByRefIsAttached() {
        assertThat(allowsCreate("orders-fn", "!Ref FnRole")).isEqualTo(TriState.YES);
    }

    @Test
    void aPolicyNamingTheRoleByItsLiteralNameIsAttached() {
        assertThat(allowsCreate("orders-fn", "orders-fn")).isEqualTo(TriState.YES);
    }

    @Test
    void aPolicyNamingTheRoleByTheSameSubIsAttached() {
        assertThat(allowsCreate("!Sub \"${AWS::StackName}-fn\"", "!Sub \"${AWS::StackName}-fn\""))
                .isEqualTo(TriState.YES);
    }

    @Test
    void aPolicyForAnotherRoleIsNot() {
        assertThat(allowsCreate("orders-fn", "billing-fn")).isEqualTo(TriState.NO);
    }
}
