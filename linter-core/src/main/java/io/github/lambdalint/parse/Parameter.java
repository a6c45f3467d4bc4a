package io.github.lambdalint.parse;

import java.util.Optional;

/** A template parameter: its declared type and default, both as written. */
public record Parameter(String name, String type, Optional<Node> defaultValue, Position position) {

    public boolean isList() {
        return type.startsWith("List<") || type.equals("CommaDelimitedList")
                || type.startsWith("AWS::SSM::Parameter::Value<List<")
                || type.equals("AWS::SSM::Parameter::Value<CommaDelimitedList>");
    }
}
