package io.github.lambdalint.rules.vpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Value;

class UrlTargetsTest {

    private static final ScalarNode NODE = ScalarNode.string("", Position.START);

    /** A value like a resolved Fn::Sub: "${X}" parts become values not known statically. */
    private static Value sub(String text) {
        List<Value> parts = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int start = text.indexOf("${", at);
            if (start < 0) {
                parts.add(new Value.Text(text.substring(at), NODE));
                break;
            }
            if (start > at) {
                parts.add(new Value.Text(text.substring(at, start), NODE));
            }
            int end = text.indexOf('}', start);
            parts.add(new Value.Unknown(text.substring(start + 2, end), NODE));
            at = end + 1;
        }
        return parts.size() == 1 && parts.get(0) instanceof Value.Text t ? t : new Value.Concat(parts, NODE);
    }

    private static UrlTargets.Kind kind(String url) {
        return UrlTargets.of(sub(url), false).map(UrlTargets.Target::kind).orElse(null);
    }

    private static Optional<String> service(String url) {
        return UrlTargets.of(sub(url), false).filter(t -> t.kind() == UrlTargets.Kind.AWS_SERVICE)
                .map(UrlTargets.Target::service);
    }

    @Test
    void publicHostsNeedTheInternet() {
        assertThat(kind("https://api.stripe.com/v1/charges")).isEqualTo(UrlTargets.Kind.INTERNET);
        assertThat(kind("http://203.0.113.10:8080/")).isEqualTo(UrlTargets.Kind.INTERNET);
        assertThat(kind("https://${Stage}.api.example.com/")).isEqualTo(UrlTargets.Kind.INTERNET);
        assertThat(kind("https://abcdefg.lambda-url.eu-west-1.on.aws/")).isEqualTo(UrlTargets.Kind.INTERNET);
    }

    @Test
    void hostsInsideTheVpcNeedNoEgress() {
        assertThat(kind("http://10.1.2.3:8080/")).isEqualTo(UrlTargets.Kind.INSIDE_VPC);
        assertThat(kind("http://172.20.0.5/")).isEqualTo(UrlTargets.Kind.INSIDE_VPC);
        assertThat(kind("http://localhost:2773/secretsmanager/get")).isEqualTo(UrlTargets.Kind.INSIDE_VPC);
        assertThat(kind("https://orders.svc.internal/api")).isEqualTo(UrlTargets.Kind.INSIDE_VPC);
        assertThat(kind("https://internal-app-123.eu-west-1.elb.amazonaws.com/")).isEqualTo(UrlTargets.Kind.INSIDE_VPC);
        assertThat(kind("https://vpc-logs-abc.eu-west-1.es.amazonaws.com/")).isEqualTo(UrlTargets.Kind.INSIDE_VPC);
        assertThat(kind("https://${Db}.cluster-abc.eu-west-1.rds.amazonaws.com")).isEqualTo(UrlTargets.Kind.INSIDE_VPC);
        assertThat(kind("https://vpce-0123-abcd.sqs.eu-west-1.vpce.amazonaws.com/")).isEqualTo(UrlTargets.Kind.INSIDE_VPC);
    }

    @Test
    void awsApiHostsNameTheirEndpointService() {
        assertThat(service("https://sqs.eu-west-1.amazonaws.com/123456789012/jobs")).contains("sqs");
        assertThat(service("https://sqs.${AWS::Region}.amazonaws.com/123/jobs")).contains("sqs");
        assertThat(service("https://${Api}.execute-api.${AWS::Region}.amazonaws.com/prod")).contains("execute-api");
        assertThat(service("https://reports.s3.amazonaws.com/")).contains("s3");
        assertThat(service("https://kinesis.us-east-1.amazonaws.com")).contains("kinesis-streams");
    }

    @Test
    void unknownHostsAndOtherSchemesSayNothing() {
        assertThat(kind("https://${Host}/path")).isEqualTo(UrlTargets.Kind.UNKNOWN);
        assertThat(kind("https://${Name}.something.amazonaws.com/")).isEqualTo(UrlTargets.Kind.UNKNOWN);
        assertThat(kind("redis://cache.example.com:6379")).isNull();
        assertThat(kind("api.example.com")).isNull();
        assertThat(UrlTargets.of(sub("https://api.partner.example.com"), true).map(UrlTargets.Target::kind))
                .contains(UrlTargets.Kind.UNKNOWN);
    }
}
