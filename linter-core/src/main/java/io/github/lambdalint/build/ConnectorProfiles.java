package io.github.lambdalint.build;

import java.util.Map;
import java.util.Optional;

/**
 * The facts of SAM's connector profiles that decide what a function's code calls, from the SAM
 * translator's {@code samtranslator/model/connector_profiles/profiles.json} and the SAM-to-
 * CloudFormation type map of {@code samtranslator/model/connector/connector.py}. With a Lambda
 * function as Source, every destination's profile is a policy on the function's role
 * ({@code SourcePolicy: true}), and each of its access categories (Read, Write) is made of
 * actions of one IAM service: that service is what the function calls. Destinations missing
 * here cannot take a function as Source (SAM rejects the template).
 */
final class ConnectorProfiles {

    private ConnectorProfiles() {
    }

    /** SAM resource types a connector may name, and the CloudFormation type whose profile SAM uses. */
    private static final Map<String, String> PROFILE_TYPE_OF_SAM_TYPE = Map.of(
            "AWS::Serverless::Function", "AWS::Lambda::Function",
            "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine",
            "AWS::Serverless::Api", "AWS::ApiGateway::RestApi",
            "AWS::Serverless::HttpApi", "AWS::ApiGatewayV2::Api",
            "AWS::Serverless::SimpleTable", "AWS::DynamoDB::Table");

    /** With a Lambda function as Source: the IAM service of the policy, by destination type. */
    private static final Map<String, String> SERVICE_CALLED_BY_FUNCTION_SOURCE = Map.of(
            "AWS::Lambda::Function", "lambda",
            "AWS::S3::Bucket", "s3",
            "AWS::DynamoDB::Table", "dynamodb",
            "AWS::SQS::Queue", "sqs",
            "AWS::SNS::Topic", "sns",
            "AWS::StepFunctions::StateMachine", "states",
            "AWS::Events::EventBus", "events",
            "AWS::Location::PlaceIndex", "geo");

    /** The CloudFormation type whose profile SAM uses for a resource type. */
    static String profileType(String resourceType) {
        return PROFILE_TYPE_OF_SAM_TYPE.getOrDefault(resourceType, resourceType);
    }

    /** Whether a resource of the type, as Source, is a Lambda function. */
    static boolean isFunction(String resourceType) {
        return profileType(resourceType).equals("AWS::Lambda::Function");
    }

    /** The IAM service a function as Source calls on a destination of the profile type. */
    static Optional<String> serviceCalledByFunction(String destinationProfileType) {
        return Optional.ofNullable(SERVICE_CALLED_BY_FUNCTION_SOURCE.get(destinationProfileType));
    }
}
