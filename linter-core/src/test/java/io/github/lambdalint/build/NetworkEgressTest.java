package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.network.Network;
import io.github.lambdalint.model.network.NetworkContext;
import io.github.lambdalint.model.network.ResolvedSubnet;
import io.github.lambdalint.model.network.SubnetEgress;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.parse.Templates;
import io.github.lambdalint.resolve.Deployment;
import io.github.lambdalint.resolve.Value;

class NetworkEgressTest {

    private final Network network = Models.of("network-egress.yaml").network();

    private static Value subnet(String logicalId) {
        return new Value.ResourceRef(logicalId, Optional.empty(), ScalarNode.string(logicalId, Position.START));
    }

    private SubnetEgress egress(String logicalId) {
        return network.egress(network.resolve(subnet(logicalId)));
    }

    @Test
    void privateSubnetWithANatRouteReachesTheInternet() {
        SubnetEgress egress = egress("Private");
        assertThat(egress.kind()).isEqualTo(SubnetEgress.Kind.NAT);
        // association, then the default route, then the NAT gateway and where it sits
        assertThat(egress.evidence()).extracting(e -> e.position().line()).containsExactly(43, 40, 31);
    }

    @Test
    void publicSubnetRoutesToTheInternetGateway() {
        assertThat(egress("Public").kind()).isEqualTo(SubnetEgress.Kind.INTERNET_GATEWAY);
    }

    @Test
    void subnetWithoutAssociationUsesTheMainTableWithOnlyTheLocalRoute() {
        SubnetEgress egress = egress("Isolated");
        assertThat(egress.kind()).isEqualTo(SubnetEgress.Kind.NONE);
        assertThat(egress.summary()).contains("main route table of Vpc");
    }

    @Test
    void natGatewayInASubnetWithoutAnInternetRouteGivesNoEgress() {
        SubnetEgress egress = egress("Stranded");
        assertThat(egress.kind()).isEqualTo(SubnetEgress.Kind.NONE);
        assertThat(egress.summary()).contains("InnerNat").contains("Isolated");
    }

    @Test
    void endpointsServeTheirRouteTablesOrTheirVpc() {
        assertThat(network.endpointsFor(network.resolve(subnet("Private"))))
                .extracting(Network.ServiceEndpoint::service).containsExactlyInAnyOrder("s3", "sqs");
        assertThat(network.endpointsFor(network.resolve(subnet("Isolated"))))
                .extracting(Network.ServiceEndpoint::service).containsExactly("sqs");
    }

    @Test
    void subnetsOutsideTheTemplateComeFromTheNetworkContext() {
        NetworkContext context = new NetworkContext(Map.of("subnet-0a1", new NetworkContext.DescribedSubnet(
                "subnet-0a1", Optional.of("vpc-1"), Optional.of("eu-west-1a"),
                Optional.of(NetworkContext.Egress.NONE), new Position(4, 5))),
                Map.of("vpc-1", List.of(new NetworkContext.DescribedEndpoint("dynamodb", new Position(9, 7)))),
                ".lambda-lint.yml");
        Network withContext = new ModelBuilder(Templates.testdata("model/network-egress.yaml"), Deployment.UNKNOWN,
                context).build().network();
        Value described = new Value.Text("subnet-0a1", ScalarNode.string("subnet-0a1", Position.START));
        ResolvedSubnet resolved = withContext.resolve(described);
        assertThat(resolved).isInstanceOf(ResolvedSubnet.Described.class);
        SubnetEgress egress = withContext.egress(resolved);
        assertThat(egress.kind()).isEqualTo(SubnetEgress.Kind.NONE);
        assertThat(egress.evidence().get(0).file()).contains(".lambda-lint.yml");
        assertThat(withContext.endpointsFor(resolved)).extracting(Network.ServiceEndpoint::service)
                .containsExactly("dynamodb");
        Value undescribed = new Value.Text("subnet-zzz", ScalarNode.string("subnet-zzz", Position.START));
        assertThat(withContext.egress(withContext.resolve(undescribed)).kind()).isEqualTo(SubnetEgress.Kind.UNKNOWN);
    }
}
