package io.github.lambdalint.rules.vpc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.lambdalint.resolve.Regions;
import io.github.lambdalint.resolve.Value;

/**
 * Where an {@code http(s)://} URL in a function's environment leads: a host on the internet, an
 * AWS service API (which a VPC endpoint can serve), or a host inside the VPC (a private
 * address, an internal load balancer, a database, a {@code .internal} name), which needs no
 * egress. Parts of the URL that are not known statically ({@code ${Api}} in a {@code Fn::Sub})
 * are holes; a host that depends on a hole is judged only by its known suffix.
 */
final class UrlTargets {

    enum Kind { INTERNET, AWS_SERVICE, INSIDE_VPC, UNKNOWN }

    /** What a URL leads to; {@code service} is the VPC endpoint service name for AWS_SERVICE. */
    record Target(Kind kind, String service, String url) {
    }

    private static final char HOLE = '\u0000';

    /** Name suffixes that public DNS does not answer, or that AWS gives to resources in a VPC. */
    private static final List<String> INSIDE_VPC_SUFFIXES = List.of(".internal", ".local", ".localdomain",
            ".lan", ".home.arpa", ".intranet", ".corp", ".private", ".localhost", ".vpce.amazonaws.com",
            ".rds.amazonaws.com", ".cache.amazonaws.com", ".redshift.amazonaws.com",
            ".redshift-serverless.amazonaws.com", ".docdb.amazonaws.com", ".docdb-elastic.amazonaws.com",
            ".neptune.amazonaws.com", ".vpc-lattice-svcs.on.aws");

    /** Labels of AWS host names for resources that live in a VPC (DAX, EFS, MSK, MemoryDB, MQ). */
    private static final List<String> INSIDE_VPC_LABELS = List.of("dax-clusters", "efs", "kafka", "memorydb", "mq",
            "vpc-lattice-svcs");

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.\\d{1,3}\\.\\d{1,3}");

    private UrlTargets() {
    }

    /**
     * The target of a URL value, when the value is an {@code http(s)://} URL.
     * {@code privateZones}: the template declares private DNS (a hosted zone or a Cloud Map
     * namespace), so a custom domain name may resolve inside the VPC.
     */
    static Optional<Target> of(Value value, boolean privateZones) {
        Optional<String> withHoles = textWithHoles(value);
        if (withHoles.isEmpty()) {
            return Optional.empty();
        }
        String text = withHoles.get().strip();
        String lower = text.toLowerCase(Locale.ROOT);
        int scheme = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (scheme < 0) {
            return Optional.empty();
        }
        String url = text.replace(String.valueOf(HOLE), "…");
        String host = host(lower.substring(scheme));
        if (host.isEmpty()) {
            return Optional.of(new Target(Kind.UNKNOWN, "", url));
        }
        return Optional.of(classify(host, privateZones, url));
    }

    private static String host(String afterScheme) {
        int end = afterScheme.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = afterScheme.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String authority = afterScheme.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            return ""; // an IPv6 literal: not judged
        }
        int colon = authority.lastIndexOf(':');
        return colon >= 0 ? authority.substring(0, colon) : authority;
    }

    private static Target classify(String host, boolean privateZones, String url) {
        int lastHole = host.lastIndexOf(HOLE);
        String tail = lastHole < 0 ? host : host.substring(lastHole + 1);
        if (lastHole >= 0 && tail.isEmpty()) {
            return new Target(Kind.UNKNOWN, "", url);
        }
        if (insideVpc(tail) || (lastHole < 0 && insideVpcHost(host))) {
            return new Target(Kind.INSIDE_VPC, "", url);
        }
        if (host.contains(".lambda-url.")) {
            return new Target(Kind.INTERNET, "", url); // function URLs are public; no VPC endpoint serves them
        }
        if (host.contains(".execute-api.") || host.startsWith("execute-api.")) {
            return new Target(Kind.AWS_SERVICE, "execute-api", url);
        }
        if (tail.endsWith(".amazonaws.com") || tail.endsWith(".amazonaws.com.cn")) {
            Optional<String> service = awsService(host);
            return service.map(s -> new Target(Kind.AWS_SERVICE, s, url))
                    .orElseGet(() -> new Target(Kind.UNKNOWN, "", url));
        }
        if (lastHole >= 0) {
            // ${Stage}.api.example.com: the registered domain is known and public, unless the
            // template may answer it in a private zone
            long labels = tail.chars().filter(c -> c == '.').count();
            boolean domainKnown = tail.startsWith(".") && labels >= 2;
            return new Target(domainKnown && !privateZones ? Kind.INTERNET : Kind.UNKNOWN, "", url);
        }
        if (privateZones) {
            return new Target(Kind.UNKNOWN, "", url);
        }
        return new Target(Kind.INTERNET, "", url);
    }

    private static boolean insideVpc(String name) {
        return INSIDE_VPC_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** A literal host name that is certainly inside the VPC (or not on the internet at all). */
    private static boolean insideVpcHost(String host) {
        Matcher ip = IPV4.matcher(host);
        if (ip.matches()) {
            int a = Integer.parseInt(ip.group(1));
            int b = Integer.parseInt(ip.group(2));
            return a == 10 || a == 127 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)
                    || (a == 100 && b >= 64 && b <= 127) || (a == 169 && b == 254);
        }
        if (!host.contains(".")) {
            return true; // localhost, a service name resolved by the VPC's own DNS
        }
        if (host.startsWith("internal-") && host.contains(".elb.")) {
            return true; // an internal load balancer
        }
        if (host.startsWith("vpc-") && (host.contains(".es.amazonaws.com") || host.contains(".aos."))) {
            return true; // an OpenSearch domain in a VPC
        }
        if (host.endsWith(".amazonaws.com") || host.endsWith(".on.aws")) {
            for (String label : host.split("\\.")) {
                if (INSIDE_VPC_LABELS.contains(label)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The VPC endpoint service name of an AWS API host: {@code sqs} for
     * {@code sqs.eu-west-1.amazonaws.com}, {@code s3} for {@code bucket.s3.amazonaws.com}.
     */
    private static Optional<String> awsService(String host) {
        if (host.contains(".elb.")) {
            return Optional.empty(); // a load balancer: internet-facing or internal, not known
        }
        String name = host.endsWith(".cn") ? host.substring(0, host.length() - 3) : host;
        name = name.substring(0, name.length() - ".amazonaws.com".length());
        List<String> labels = new java.util.ArrayList<>();
        for (String label : name.split("\\.")) {
            if (!label.isEmpty() && label.indexOf(HOLE) < 0 && !Regions.hasRegionShape(label)) {
                labels.add(label);
            }
        }
        if (labels.contains("s3") || labels.stream().anyMatch(l -> l.startsWith("s3-"))) {
            return Optional.of("s3");
        }
        if (labels.contains("appsync-api")) {
            return Optional.of("appsync-api");
        }
        if (labels.size() != 1 || name.indexOf(HOLE) >= 0 && !name.startsWith(labels.get(0) + ".")) {
            return Optional.empty();
        }
        String service = labels.get(0);
        return Optional.of(switch (service) {
            case "kinesis" -> "kinesis-streams";
            case "firehose" -> "kinesis-firehose";
            default -> service;
        });
    }

    /** The value's text with every part not known statically replaced by a hole. */
    private static Optional<String> textWithHoles(Value value) {
        if (value instanceof Value.Text text) {
            return Optional.of(text.text());
        }
        if (value instanceof Value.Concat concat) {
            StringBuilder text = new StringBuilder();
            for (Value part : concat.parts()) {
                text.append(part instanceof Value.Text t ? t.text() : String.valueOf(HOLE));
            }
            return Optional.of(text.toString());
        }
        return Optional.empty();
    }
}
