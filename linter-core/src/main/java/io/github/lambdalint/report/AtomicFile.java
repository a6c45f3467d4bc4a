package io.github.lambdalint.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a report file without ever destroying what the path names:
 * <ul>
 * <li>a regular file or a new path is written whole or not at all — into a temporary file beside
 *     it, then moved over it — so an interrupted run never leaves a truncated SARIF file;</li>
 * <li>a device, FIFO or socket ({@code /dev/null}, {@code /dev/stdout}, a named pipe) is written
 *     straight through: replacing it with a regular file would destroy it;</li>
 * <li>a symbolic link is followed, and its target written as above, so the link stays a link.</li>
 * </ul>
 * Temporary files are named {@code .NAME.lambda-lint.PID.N.tmp}: hidden, recognisably ours, and
 * not a template extension, so directory walks never lint them. One left by a killed run (its
 * process is gone) is deleted by the next write beside it.
 */
public final class AtomicFile {

    /** Writes the content of one report. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private static final String TEMPORARY_MARK = ".lambda-lint.";
    /** Symbolic links a path may go through, as Linux's own limit (MAXSYMLINKS). */
    private static final int MAX_LINKS = 40;

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Optional<BasicFileAttributes> existing = attributes(absolute);
        if (existing.isPresent() && existing.get().isDirectory()) {
            throw new FileSystemException(absolute.toString(), null, "is a directory");
        }
        if (existing.isPresent() && existing.get().isOther()) {
            writeThrough(absolute, content);
            return;
        }
        // A regular file (through any links) or nothing yet: replace what the links lead to.
        Path destination = existing.isPresent() ? absolute.toRealPath() : linkTarget(absolute);
        writeReplacing(destination, content);
    }

    private static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Opens the path itself: the kernel follows links, including /proc's links to pipes and terminals. */
    private static void writeThrough(Path path, Content content) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(path, StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
            content.writeTo(out);
        }
    }

    /** Where a path that does not exist yet leads: itself, or the missing target of a dangling link. */
    private static Path linkTarget(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops >= MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    private static void writeReplacing(Path destination, Content content) throws IOException {
        Path directory = destination.getParent();
        if (directory != null) {
            Files.createDirectories(directory);
            removeLeftovers(destination);
        }
        Path temporary = createTemporary(destination);
        try {
            keepPermissions(destination, temporary);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary),
                    StandardCharsets.UTF_8))) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A new file beside the target. Not {@code Files.createTempFile}: its files are readable by
     * the owner only, and the report would keep those permissions after the move; a plain new
     * file gets the usual ones (the umask's).
     */
    private static Path createTemporary(Path target) throws IOException {
        String prefix = "." + target.getFileName() + TEMPORARY_MARK + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(target.resolveSibling(prefix + attempt + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** A report that replaces a file keeps that file's permissions, as an editor's save does. */
    private static void keepPermissions(Path destination, Path temporary) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(destination, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (old != null && Files.isRegularFile(destination, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(temporary, old.readAttributes().permissions());
        }
    }

    /**
     * Deletes temporary files of this target whose process has ended (a run killed mid-write);
     * a running process's file is left alone. Best effort: a leftover never stops the write.
     */
    private static void removeLeftovers(Path target) {
        Pattern leftover = Pattern.compile(Pattern.quote("." + target.getFileName() + TEMPORARY_MARK)
                + "(\\d{1,19})\\.\\d+\\.tmp");
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent())) {
            for (Path sibling : siblings) {
                Matcher name = leftover.matcher(sibling.getFileName().toString());
                if (name.matches() && isGone(name.group(1))
                        && Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy; the report itself matters.
        }
    }

    private static boolean isGone(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
