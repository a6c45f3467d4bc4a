package io.github.lambdalint.rules.database;

import java.util.List;
import java.util.Optional;

import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.network.ResolvedSubnet;
import io.github.lambdalint.resolve.Value;

/** Which VPC a list of subnets is in. */
final class Vpcs {

    private Vpcs() {
    }

    /**
     * The VPC of a list of subnets, when at least one of them is known and none contradicts it
     * (a function's or a proxy's subnets must all be in one VPC).
     */
    static Optional<Value> vpcOf(TemplateModel model, Optional<Value> subnets) {
        Optional<List<Value>> list = subnets.flatMap(Value::asList);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Optional<Value> found = Optional.empty();
        for (Value subnet : list.get()) {
            ResolvedSubnet resolved = model.network().resolve(subnet);
            Optional<Value> vpc = resolved.vpc().filter(v -> v instanceof Value.Text || isTemplateVpc(model, v))
                    .map(Vpcs::normalised);
            if (vpc.isEmpty()) {
                continue;
            }
            if (found.isEmpty()) {
                found = vpc;
            } else if (!found.get().isSameAs(vpc.get())) {
                return Optional.empty();
            }
        }
        return found;
    }

    /** {@code Ref V} or {@code GetAtt V.VpcId} of an {@code AWS::EC2::VPC} of the template. */
    private static boolean isTemplateVpc(TemplateModel model, Value value) {
        return value instanceof Value.ResourceRef ref && (ref.attribute().isEmpty() || ref.isAttribute("VpcId"))
                && model.typeOf(ref.logicalId()).filter("AWS::EC2::VPC"::equals).isPresent();
    }

    /** {@code GetAtt V.VpcId} as {@code Ref V}, so that both forms compare equal. */
    private static Value normalised(Value vpc) {
        if (vpc instanceof Value.ResourceRef ref && ref.attribute().isPresent()) {
            return new Value.ResourceRef(ref.logicalId(), Optional.empty(), ref.source());
        }
        return vpc;
    }

    /**
     * True when two VPC values certainly name different VPCs: two different literal ids, or two
     * different {@code AWS::EC2::VPC} resources of the template.
     */
    static boolean provablyDifferent(Value a, Value b) {
        if (a instanceof Value.Text x && b instanceof Value.Text y) {
            return !x.text().equals(y.text());
        }
        if (a instanceof Value.ResourceRef x && b instanceof Value.ResourceRef y) {
            return x.attribute().isEmpty() && y.attribute().isEmpty() && !x.logicalId().equals(y.logicalId());
        }
        return false;
    }

    static String name(Value vpc) {
        if (vpc instanceof Value.ResourceRef ref) {
            return "VPC " + ref.logicalId();
        }
        return vpc.asText().map(id -> "VPC " + id).orElse("a VPC");
    }
}
