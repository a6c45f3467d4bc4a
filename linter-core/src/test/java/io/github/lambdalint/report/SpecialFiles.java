package io.github.lambdalint.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Devices and named pipes for the tests that write reports onto them (shared with the CLI's tests). */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A device, FIFO or socket — what a report must never replace with a regular file. */
    public static boolean isDeviceOrPipe(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes a named pipe with {@code mkfifo}; false where there is none. */
    public static boolean makeFifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Daemon threads for a pipe's reader and writer: a wrong implementation that never opens the
     * pipe leaves its reader blocked, and that must fail the test (by a timeout), not hang the build.
     */
    public static ExecutorService daemonThreads() {
        return Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "fifo-test");
            thread.setDaemon(true);
            return thread;
        });
    }
}
