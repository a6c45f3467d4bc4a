package io.github.lambdalint.parse;

/** A string, number, boolean or null, keeping the text as written. */
public record ScalarNode(String text, ScalarType type, Position position) implements Node {

    public enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    public static ScalarNode string(String text, Position position) {
        return new ScalarNode(text, ScalarType.STRING, position);
    }

    public boolean isNull() {
        return type == ScalarType.NULL;
    }

    @Override
    public String kindName() {
        return switch (type) {
            case STRING -> "a string";
            case INTEGER, FLOAT -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
        };
    }
}
