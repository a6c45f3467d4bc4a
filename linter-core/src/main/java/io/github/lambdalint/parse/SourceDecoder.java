package io.github.lambdalint.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns file bytes into text, the way CloudFormation would: UTF-8, with an optional BOM. */
final class SourceDecoder {

    /** The decoded text, and a problem when the bytes are not what CloudFormation accepts. */
    record Decoded(Optional<String> text, Optional<ParseProblem> problem) {
    }

    private SourceDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        // UTF-32 first: its little-endian byte order mark starts like UTF-16's.
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return notUtf8(bytes, 4, bytes[0] == 0 ? "UTF-32BE" : "UTF-32LE", "UTF-32 encoded");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return notUtf8(bytes, 2, bytes[0] == (byte) 0xFE ? "UTF-16BE" : "UTF-16LE", "UTF-16 encoded");
        }
        // No byte order mark, but text that begins with an ASCII character and a NUL (or the
        // reverse) is UTF-16: YAML and JSON never hold NUL, so UTF-8 it is not.
        if (bytes.length >= 2 && bytes.length % 2 == 0 && (bytes[0] == 0) != (bytes[1] == 0)
                && (bytes[0] & 0x80) == 0 && (bytes[1] & 0x80) == 0) {
            return notUtf8(bytes, 0, bytes[0] == 0 ? "UTF-16BE" : "UTF-16LE",
                    "UTF-16 encoded (without a byte order mark)");
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(Optional.empty(), Optional.of(new ParseProblem(
                    "invalid UTF-8 byte sequence; CloudFormation accepts only UTF-8 templates",
                    positionOf(bytes, offset, in.position()))));
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(Optional.of(out.toString()), Optional.empty());
    }

    /**
     * A file in another Unicode encoding is read (so its findings still come), and reported:
     * CloudFormation would reject it.
     */
    private static Decoded notUtf8(byte[] bytes, int start, String charset, String what) {
        String text = new String(bytes, start, bytes.length - start, Charset.forName(charset));
        return new Decoded(Optional.of(text), Optional.of(new ParseProblem(
                "the file is " + what + "; CloudFormation accepts only UTF-8 templates", Position.START)));
    }

    private static Position positionOf(byte[] bytes, int start, int errorAt) {
        int line = 1;
        int column = 1;
        for (int i = start; i < errorAt && i < bytes.length; i++) {
            // Line breaks as snakeyaml-engine counts them: LF, CRLF, or a CR alone.
            boolean loneCr = bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n');
            if (bytes[i] == '\n' || loneCr) {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Position(line, column);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
