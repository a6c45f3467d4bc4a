package io.github.lambdalint.report;

/** How an internal error's cause is shown in one line: the exception's class and message. */
public final class InternalErrors {

    private InternalErrors() {
    }

    public static String describe(Throwable cause) {
        String message = cause.getMessage();
        String kind = cause.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
