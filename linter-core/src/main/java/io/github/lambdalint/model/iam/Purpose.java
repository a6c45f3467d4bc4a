package io.github.lambdalint.model.iam;

/**
 * Who uses a permission. The Lambda service itself uses part of a function's role (writing
 * logs, managing network interfaces, polling event sources, writing to the dead-letter queue,
 * sending traces); those calls never leave through the function's own network interfaces.
 * The model decides it for every statement, including those of roles the template writes: there it
 * depends on the function (its event sources, dead-letter queue and destinations), so each
 * function sees its own view of a shared role.
 */
public enum Purpose {
    /** Permissions the function's code uses: evidence of what the code calls. */
    FUNCTION_CODE,
    /** Permissions the Lambda service uses on the function's behalf. */
    LAMBDA_SERVICE
}
