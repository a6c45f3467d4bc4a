package io.github.lambdalint.model.edge;

/**
 * What a {@code LambdaFunctionARN} of a CloudFront association names, as far as the template
 * shows it. CloudFront accepts only {@link #VERSION}.
 */
public enum FunctionQualifier {
    /** A numbered version: {@code Ref} of an {@code AWS::Lambda::Version}, SAM {@code Fn.Version}, {@code ...:3}. */
    VERSION,
    /** {@code ...:$LATEST}. */
    LATEST,
    /** An alias: {@code Ref} of an {@code AWS::Lambda::Alias}, SAM {@code Fn.Alias}, {@code ...:live}. */
    ALIAS,
    /** No qualifier: {@code !GetAtt Fn.Arn}, {@code !Ref Fn} (the name) or an ARN ending in the function name. */
    UNQUALIFIED,
    /** SAM {@code Fn.Version} on a function without {@code AutoPublishAlias}: SAM publishes no version. */
    NO_PUBLISHED_VERSION,
    /** Not known statically (a parameter, an import, a version number from elsewhere). */
    UNKNOWN
}
