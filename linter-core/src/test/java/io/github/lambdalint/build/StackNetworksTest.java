package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.model.network.ResolvedSubnet;
import io.github.lambdalint.parse.Templates;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.resolve.StackSet;

class StackNetworksTest {

    private static final String NETWORK = """
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties: {CidrBlock: 10.0.0.0/16}
              Subnet:
                Type: AWS::EC2::Subnet
                Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}
            Outputs:
              Subnet:
                Value: !Ref Subnet
                Export: {Name: shared-subnet}
            """;

    private static String importer(String function) {
        return """
                Resources:
                  %s:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: arn:aws:iam::123456789012:role/fn
                      VpcConfig:
                        SubnetIds: [!ImportValue shared-subnet]
                        SecurityGroupIds: [sg-1]
                """.formatted(function);
    }

    private static StackSet.Stack stack(String file, String yaml) {
        return new StackSet.Stack(file, Templates.parse(yaml), Deployment.UNKNOWN);
    }

    private static ResolvedSubnet subnetOf(TemplateModel model, String function) {
        return model.network().resolve(model.function(function).orElseThrow().vpcAttachment().config().orElseThrow()
                .subnets().orElseThrow().get(0));
    }

    @Test
    void aNetworkSeveralTemplatesImportIsBuiltOnceARun() {
        StackSet stacks = new StackSet(List.of(stack("network.yaml", NETWORK), stack("api.yaml", importer("Api")),
                stack("worker.yaml", importer("Worker"))));
        StackNetworks run = new StackNetworks(stacks, NetworkContext.EMPTY);

        ResolvedSubnet fromApi = subnetOf(new ModelBuilder(run, "api.yaml").build(), "Api");
        ResolvedSubnet fromWorker = subnetOf(new ModelBuilder(run, "worker.yaml").build(), "Worker");

        assertThat(fromApi).isInstanceOfSatisfying(ResolvedSubnet.InOtherStack.class, api ->
                assertThat(fromWorker).isInstanceOfSatisfying(ResolvedSubnet.InOtherStack.class, worker ->
                        assertThat(worker.home()).as("one network for both importers").isSameAs(api.home())));
        ResolvedSubnet alone = subnetOf(new ModelBuilder(stacks, "worker.yaml", NetworkContext.EMPTY).build(), "Worker");
        assertThat(((ResolvedSubnet.InOtherStack) alone).home()).as("another run builds its own")
                .isNotSameAs(((ResolvedSubnet.InOtherStack) fromApi).home());
    }
}
