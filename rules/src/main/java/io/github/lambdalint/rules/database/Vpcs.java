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
            Optional<Value> vpc = resolved.vpc()
                    .filter(v -> v instanceof Value.Text || isTemplateVpc(model, v) || isOtherStackVpc(v))
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

    /** A VPC of another template of the run, through the subnet that imported template declares. */
    private static boolean isOtherStackVpc(Value value) {
        return value instanceof Value.OtherStackRef other && other.isId("VpcId");
    }

    /** {@code GetAtt V.VpcId} as {@code Ref V}, so that both forms compare equal. */
    private static Value normalised(Value vpc) {
        if (vpc instanceof Value.ResourceRef ref && ref.attribute().isPresent()) {
            return new Value.ResourceRef(ref.logicalId(), Optional.empty(), ref.source());
        }
        if (vpc instanceof Value.OtherStackRef other && other.resource().attribute().isPresent()) {
            return new Value.OtherStackRef(other.stack(), (Value.ResourceRef) normalised(other.resource()),
                    other.via(), other.source());
        }
        return vpc;
    }

    /**
     * True when two VPC values certainly name different VPCs: two different literal ids, or two
     * different {@code AWS::EC2::VPC} resources (of this template or of others of the run: each
     * such resource creates a VPC of its own).
     */
    static boolean provablyDifferent(Value a, Value b) {
        if (a instanceof Value.OtherStackRef || b instanceof Value.OtherStackRef) {
            return vpcResource(a).isPresent() && vpcResource(b).isPresent()
                    && !vpcResource(a).equals(vpcResource(b));
        }
        if (a instanceof Value.Text x && b instanceof Value.Text y) {
            return !x.text().equals(y.text());
        }
        if (a instanceof Value.ResourceRef x && b instanceof Value.ResourceRef y) {
            return x.attribute().isEmpty() && y.attribute().isEmpty() && !x.logicalId().equals(y.logicalId());
        }
        return false;
    }

    /** The VPC resource a value names, as (template, logical id); this template is "". */
    private static Optional<List<String>> vpcResource(Value vpc) {
        if (vpc instanceof Value.ResourceRef ref && ref.attribute().isEmpty()) {
            return Optional.of(List.of("", ref.logicalId()));
        }
        if (vpc instanceof Value.OtherStackRef other && other.resource().attribute().isEmpty()) {
            return Optional.of(List.of(other.stack(), other.resource().logicalId()));
        }
        return Optional.empty();
    }

    static String name(Value vpc) {
        if (vpc instanceof Value.ResourceRef ref) {
            return "VPC " + ref.logicalId();
        }
        if (vpc instanceof Value.OtherStackRef other) {
            return "VPC " + other.resource().logicalId() + " of " + other.stack();
        }
        return vpc.asText().map(id -> "VPC " + id).orElse("a VPC");
    }
}
