package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.parse.Position;
import io.github.lambdalint.parse.ScalarNode;
import io.github.lambdalint.resolve.Value;

/** Which function of the template a value names, as rules ask it of the model. */
class FunctionReferencesTest {

    private static final TemplateModel MODEL = Models.inline("""
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  FunctionName: orders
                  Role: arn:aws:iam::123456789012:role/r
                  Runtime: python3.12
                  Handler: index.handler
                  Code: { ZipFile: "def handler(e, c): pass" }
              Live:
                Type: AWS::Lambda::Alias
                Properties: { FunctionName: !Ref Fn, FunctionVersion: "1", Name: live }
              Queue:
                Type: AWS::SQS::Queue
            """);

    private static Value text(String text) {
        return new Value.Text(text, ScalarNode.string(text, Position.START));
    }

    private static Value ref(String logicalId) {
        return new Value.ResourceRef(logicalId, Optional.empty(), ScalarNode.string(logicalId, Position.START));
    }

    @Test
    void namesAndArnsOfTheFunctionNameIt() {
        assertThat(MODEL.functionOf(text("orders"))).contains("Fn");
        assertThat(MODEL.functionOf(text("arn:aws:lambda:eu-west-1:123456789012:function:orders:live")))
                .contains("Fn");
        assertThat(MODEL.functionOf(text("invoices"))).isEmpty();
    }

    @Test
    void anAliasNamesItsFunctionAndAQueueNoFunction() {
        assertThat(MODEL.functionOf(ref("Live"))).contains("Fn");
        assertThat(MODEL.functionOf(ref("Fn"))).contains("Fn");
        assertThat(MODEL.functionOf(ref("Queue"))).isEmpty();
    }
}
