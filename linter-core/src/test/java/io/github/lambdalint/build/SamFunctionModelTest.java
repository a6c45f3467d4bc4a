package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.VpcAttachment;
import io.github.lambdalint.model.LambdaFunction;
import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.VpcConfig;
import io.github.lambdalint.model.iam.ExecutionRole;
import io.github.lambdalint.model.iam.Permissions;
import io.github.lambdalint.model.iam.Purpose;
import io.github.lambdalint.resolve.TriState;
import io.github.lambdalint.resolve.Value;

class SamFunctionModelTest {

    @Test
    void globalsMergeTheWaySamMergesThem() {
        LambdaFunction worker = Models.of("sam-globals-merge.yaml").function("Worker").orElseThrow();
        assertThat(worker.kind()).isEqualTo(LambdaFunction.Kind.SAM);
        assertThat(worker.runtime().flatMap(Value::asText)).contains("python3.12");
        assertThat(worker.timeout().flatMap(Value::asLong)).contains(30L);
        assertThat(worker.environmentVariables()).containsOnlyKeys("STAGE", "LOG_LEVEL");
        assertThat(worker.environmentVariables().get("LOG_LEVEL").asText()).contains("debug");
        VpcConfig vpc = worker.vpcAttachment().config().orElseThrow();
        assertThat(vpc.subnets().orElseThrow()).extracting(v -> ((Value.ParameterRef) v).name())
                .containsExactly("SubnetA", "SubnetB");
        assertThat(vpc.securityGroups().orElseThrow()).hasSize(1);
        // The global value is written in Globals, and that is where a finding about it points.
        assertThat(worker.positionOf("Runtime").line()).isEqualTo(13);
        assertThat(vpc.positionOf("SecurityGroupIds").line()).isEqualTo(20);
    }

    @Test
    void ignoreGlobalsKeepsTheFunctionAlone() {
        LambdaFunction isolated = Models.of("sam-globals-merge.yaml").function("Isolated").orElseThrow();
        assertThat(isolated.vpcAttachment()).isEqualTo(new VpcAttachment.NotAttached(Optional.empty()));
        assertThat(isolated.timeout()).isEmpty();
    }

    @Test
    void generatedRoleHasWhatSamAdds() {
        TemplateModel model = Models.of("sam-generated-roles.yaml");
        ExecutionRole role = model.function("InVpc").orElseThrow().role();
        assertThat(role).isInstanceOf(ExecutionRole.GeneratedRole.class);
        Permissions permissions = role.permissions();
        assertThat(permissions.allows("ec2:CreateNetworkInterface")).isEqualTo(TriState.YES);
        assertThat(permissions.allows("lambda:InvokeFunction")).isEqualTo(TriState.YES);
        assertThat(permissions.allows("s3:GetObject")).isEqualTo(TriState.YES);
        assertThat(permissions.allows("secretsmanager:GetSecretValue")).isEqualTo(TriState.YES);
        assertThat(permissions.allows("dynamodb:GetItem")).isEqualTo(TriState.NO);
        assertThat(permissions.decision("sqs:SendMessage").statement().orElseThrow().purpose())
                .isEqualTo(Purpose.LAMBDA_SERVICE);
        assertThat(permissions.decision("lambda:InvokeFunction").statement().orElseThrow().origin())
                .isEqualTo("SAM policy template LambdaInvokePolicy");
        assertThat(role.trusts("lambda.amazonaws.com")).isEqualTo(TriState.YES);
        assertThat(role.trusts("edgelambda.amazonaws.com")).isEqualTo(TriState.NO);
    }

    @Test
    void generatedRoleWithoutVpcHasNoEniPermissions() {
        Permissions plain = Models.of("sam-generated-roles.yaml").function("Plain").orElseThrow().role().permissions();
        assertThat(plain.allows("ec2:CreateNetworkInterface")).isEqualTo(TriState.NO);
        assertThat(plain.allows("logs:PutLogEvents")).isEqualTo(TriState.YES);
    }

    @Test
    void withRoleSetSamIgnoresPoliciesAndTheTemplateRoleDecides() {
        ExecutionRole role = Models.of("sam-generated-roles.yaml").function("OwnRole").orElseThrow().role();
        assertThat(role).isInstanceOfSatisfying(ExecutionRole.TemplateRole.class,
                r -> assertThat(r.logicalId()).isEqualTo("ExplicitRole"));
        Permissions permissions = role.permissions();
        assertThat(permissions.allows("ec2:CreateNetworkInterface")).isEqualTo(TriState.YES);
        Permissions.Decision delete = permissions.decision("ec2:DeleteNetworkInterface");
        assertThat(delete.allowed()).isEqualTo(TriState.NO);
        assertThat(delete.statement().orElseThrow().origin()).isEqualTo("policy ExplicitRolePolicy");
        assertThat(permissions.allows("logs:PutLogEvents")).isEqualTo(TriState.NO);
        assertThat(role.trusts("edgelambda.amazonaws.com")).isEqualTo(TriState.YES);
    }

    @Test
    void externalRolesAreUnknown() {
        TemplateModel model = Models.of("triggers.yaml");
        ExecutionRole role = model.function("Raw").orElseThrow().role();
        assertThat(role).isInstanceOf(ExecutionRole.ExternalRole.class);
        assertThat(role.permissions().allows("ec2:CreateNetworkInterface")).isEqualTo(TriState.UNKNOWN);
        assertThat(List.of(role.name())).containsExactly("role arn:aws:iam::123456789012:role/raw");
    }
}
