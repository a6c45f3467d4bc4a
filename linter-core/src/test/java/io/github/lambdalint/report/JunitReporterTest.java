package io.github.lambdalint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import io.github.lambdalint.api.FailOn;
import io.github.lambdalint.api.LintResult;
import io.github.lambdalint.finding.Finding;
import io.github.lambdalint.finding.Level;

class JunitReporterTest {

    @Test
    void oneCasePerFindingNamedByTemplateRuleAndResource() throws Exception {
        Document xml = parse(render(SampleResults.mixed()));

        Element suites = xml.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("6");
        assertThat(suites.getAttribute("failures")).isEqualTo("4");
        assertThat(suites.getAttribute("errors")).isEqualTo("1");
        assertThat(suites.getAttribute("skipped")).isEqualTo("1");
        assertThat(cases(xml)).containsExactly(
                "templates/app.yaml | LL101 VpcFunctionWithoutEgress [ApiFn] | failure error",
                "templates/app.yaml | LL104 SingleAvailabilityZone [WorkerFn] | failure warning",
                "templates/app.yaml | LL101 VpcFunctionWithoutEgress [ReportFn] | failure note",
                "templates/app.yaml | LL301 AsyncWithoutFailureDestination [AuditFn] | skipped ",
                "templates/broken.yaml | LL000 TemplateNotReadable | failure error",
                "templates/missing.yaml | lambda-lint reads the file | error file");
    }

    @Test
    void theFailureHoldsTheMessageAndTheTextReportLinesWithEvidence() throws Exception {
        Element failure = (Element) parse(render(SampleResults.mixed())).getElementsByTagName("failure").item(0);

        assertThat(failure.getAttribute("message")).isEqualTo("ApiFn calls the internet but its subnets have no NAT route");
        assertThat(failure.getTextContent()).isEqualTo(
                "templates/app.yaml:12:5: error LL101 ApiFn calls the internet but its subnets have no NAT route [ApiFn]\n"
                        + "    related: templates/app.yaml:40:7: subnet PrivateA has no default route\n"
                        + "    related: templates/net.yaml:8:3: subnet PrivateB has no default route\n");
    }

    @Test
    void twoFindingsOfOneRuleOnOneResourceGetDistinctNames() throws Exception {
        LintResult result = new LintResult(List.of(finding("first", 3), finding("second", 9)), List.of(), List.of(), 1,
                List.of(), SampleResults.RULES, FailOn.ERROR);

        assertThat(cases(parse(render(result)))).containsExactly(
                "t.yaml | LL104 SingleAvailabilityZone [Fn] | failure warning",
                "t.yaml | LL104 SingleAvailabilityZone [Fn] (2) | failure warning");
    }

    @Test
    void markupAndControlCharactersInMessagesKeepTheFileWellFormed() throws Exception {
        LintResult result = new LintResult(List.of(finding("<a href=\"x\">&amp;</a> \u0001\u001b[31m \uD800", 1)),
                List.of(), List.of(), 1, List.of(), SampleResults.RULES, FailOn.ERROR);

        Element failure = (Element) parse(render(result)).getElementsByTagName("failure").item(0);

        assertThat(failure.getAttribute("message")).isEqualTo("<a href=\"x\">&amp;</a> \\u0001\\u001b[31m \\ud800");
    }

    @Test
    void aCleanRunIsAnEmptySuite() throws Exception {
        Document xml = parse(render(SampleResults.empty()));

        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("0");
        assertThat(cases(xml)).isEmpty();
    }

    private static Finding finding(String message, int line) {
        return new Finding("LL104", Level.WARNING, message, SampleResults.at("t.yaml", line, 1), Optional.of("Fn"),
                List.of(), Optional.empty(), "6666666666666666666666666666666" + line);
    }

    private static List<String> cases(Document xml) {
        NodeList nodes = xml.getElementsByTagName("testcase");
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element testcase = (Element) nodes.item(i);
            Element outcome = (Element) testcase.getElementsByTagName("*").item(0);
            cases.add(testcase.getAttribute("classname") + " | " + testcase.getAttribute("name") + " | "
                    + outcome.getTagName() + " " + outcome.getAttribute("type"));
        }
        return cases;
    }

    private static String render(LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        new JunitReporter(SampleResults.TOOL).write(result, out);
        return out.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
