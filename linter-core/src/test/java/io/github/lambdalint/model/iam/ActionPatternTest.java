package io.github.lambdalint.model.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionPatternTest {

    @Test
    void actionsMatchWhateverTheirCase() {
        assertThat(ActionPattern.matches("ec2:CreateNetworkInterface", "EC2:createnetworkinterface")).isTrue();
        assertThat(ActionPattern.matches("SQS:SENDMESSAGE", "sqs:SendMessage")).isTrue();
        assertThat(ActionPattern.matches("sqs:SendMessage", "sqs:SendMessageBatch")).isFalse();
        assertThat(ActionPattern.matches("sqs:SendMessageBatch", "sqs:SendMessage")).isFalse();
    }

    @Test
    void starMatchesAnyRunOfCharactersAndQuestionMarkExactlyOne() {
        assertThat(ActionPattern.matches("*", "lambda:InvokeFunction")).isTrue();
        assertThat(ActionPattern.matches("ec2:Describe*", "ec2:DescribeNetworkInterfaces")).isTrue();
        assertThat(ActionPattern.matches("EC2:*network*", "ec2:DeleteNetworkInterface")).isTrue();
        assertThat(ActionPattern.matches("ec2:*Network*Interface", "ec2:CreateNetworkInterfaces")).isFalse();
        assertThat(ActionPattern.matches("s3:Get?bject", "s3:GetObject")).isTrue();
        assertThat(ActionPattern.matches("s3:Get?bject", "s3:Getbject")).isFalse();
        assertThat(ActionPattern.matches("ec2:Describe*", "ec2:CreateNetworkInterface")).isFalse();
    }

    @Test
    void backtracksPastAnEarlyPartialMatch() {
        assertThat(ActionPattern.matches("dynamodb:*Item", "dynamodb:GetItemItem")).isTrue();
        assertThat(ActionPattern.matches("a*ab", "aaab")).isTrue();
        assertThat(ActionPattern.matches("a*ab", "aaba")).isFalse();
    }

    @Test
    void servicePrefixIsLowerCase() {
        assertThat(ActionPattern.service("SQS:SendMessage")).isEqualTo("sqs");
        assertThat(ActionPattern.service("*")).isEqualTo("*");
    }
}
