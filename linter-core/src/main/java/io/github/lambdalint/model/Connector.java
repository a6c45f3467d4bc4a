package io.github.lambdalint.model;

import java.util.List;

import io.github.lambdalint.parse.Position;

/**
 * A SAM connector ({@code AWS::Serverless::Connector}, or an entry of a resource's embedded
 * {@code Connectors}) whose Source is a function of the template, for one of its destinations.
 * SAM turns it into a managed policy on the function's role that lets the function's code call
 * {@code service} (an IAM service prefix) on the destination; a connector whose destination is the
 * function grants the caller, not the function, and is not one of these.
 *
 * @param name        the connector's logical id as SAM generates it (an embedded connector's is
 *                    the resource's logical id followed by the connector's name)
 * @param function    the logical id of the Source function
 * @param destination the destination as written: a logical id, or the ARN's text when given by type and ARN
 * @param destinationType the destination's CloudFormation type, SAM types mapped as SAM maps them
 * @param permissions the access categories asked for ({@code Read}, {@code Write})
 * @param position    where the connector is declared
 */
public record Connector(String name, String function, String destination, String destinationType, String service,
                        List<String> permissions, Position position) {

    public Connector {
        permissions = List.copyOf(permissions);
    }
}
