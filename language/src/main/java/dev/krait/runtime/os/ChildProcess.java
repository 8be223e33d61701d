package dev.krait.runtime.os;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A process {@code subprocess.Popen} started, through Java's {@link ProcessBuilder}. Each standard stream of the
 * child is inherited, a pipe Python reads or writes ({@link ChildOutput}), {@code /dev/null}, or a file or stream
 * of the parent that a thread copies to or from (Java cannot hand the child one of its open file descriptors).
 *
 * <p>Java reports a child killed by signal N as exit status 128+N. A status like that is shown as {@code -N}, as
 * CPython does, when this process sent the child signal N ({@link #sendSignal}); a child killed by a signal from
 * elsewhere shows 128+N.
 */
public final class ChildProcess {
    /** What one standard stream of the child is connected to. */
    public sealed interface Stream {
    }

    /** The parent's own stream (the process's, or the context's, copied by a thread). */
    public record Inherit(InputStream in, OutputStream out) implements Stream {
    }

    /** A pipe whose other end Python reads or writes. */
    public record Pipe() implements Stream {
    }

    /** {@code /dev/null}. */
    public record Null() implements Stream {
    }

    /** stderr only: wherever stdout goes. */
    public record SameAsStdout() implements Stream {
    }

    /** A file of the parent, read or written at its position by a thread. */
    public record FileChannel(SeekableByteChannel channel) implements Stream {
    }

    /** The process's own stream, handed to the child as it is (the krait command's standard streams). */
    public record ProcessStream() implements Stream {
    }

    private final Process process;
    private final OutputStream stdinPipe;
    private final ChildOutput stdoutPipe;
    private final ChildOutput stderrPipe;
    /** Threads copying the child's output somewhere: joined when it has exited, so all of it has arrived. */
    private final List<Thread> outputCopiers = new ArrayList<>();
    private final Set<Integer> signalsSent = ConcurrentHashMap.newKeySet();
    private boolean inputSent;

    private ChildProcess(Process process, OutputStream stdinPipe, ChildOutput stdoutPipe, ChildOutput stderrPipe) {
        this.process = process;
        this.stdinPipe = stdinPipe;
        this.stdoutPipe = stdoutPipe;
        this.stderrPipe = stderrPipe;
    }

    /** Starts {@code argv}; IOException as ProcessBuilder reports a program that cannot run. */
    @TruffleBoundary
    public static ChildProcess start(List<String> argv, String cwd, Map<String, String> environment, Stream stdin, Stream stdout,
                    Stream stderr) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(argv);
        if (cwd != null) {
            builder.directory(new File(cwd));
        }
        if (environment != null) {
            builder.environment().clear();
            builder.environment().putAll(environment);
        }
        builder.redirectInput(switch (stdin) {
            case ProcessStream p -> ProcessBuilder.Redirect.INHERIT;
            case Null n -> ProcessBuilder.Redirect.from(new File("/dev/null"));
            default -> ProcessBuilder.Redirect.PIPE;
        });
        builder.redirectOutput(outputRedirect(stdout));
        if (stderr instanceof SameAsStdout) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(outputRedirect(stderr));
        }
        Process process = builder.start();
        ChildProcess child = new ChildProcess(process, stdin instanceof Pipe ? process.getOutputStream() : null,
                        stdout instanceof Pipe ? new ChildOutput(process.getInputStream(), "subprocess stdout") : null,
                        stderr instanceof Pipe ? new ChildOutput(process.getErrorStream(), "subprocess stderr") : null);
        String name = "subprocess " + process.pid();
        switch (stdin) {
            case Inherit inherit -> ChildOutput.copy(inherit.in(), process.getOutputStream(), name + " stdin", true);
            case FileChannel file -> ChildOutput.copy(Channels.newInputStream(file.channel()), process.getOutputStream(), name + " stdin", true);
            default -> {
            }
        }
        child.copyOutput(stdout, process.getInputStream(), name + " stdout");
        if (!(stderr instanceof SameAsStdout)) {
            child.copyOutput(stderr, process.getErrorStream(), name + " stderr");
        }
        return child;
    }

    private static ProcessBuilder.Redirect outputRedirect(Stream stream) {
        return switch (stream) {
            case ProcessStream p -> ProcessBuilder.Redirect.INHERIT;
            case Null n -> ProcessBuilder.Redirect.DISCARD;
            default -> ProcessBuilder.Redirect.PIPE;
        };
    }

    private void copyOutput(Stream stream, InputStream from, String name) {
        switch (stream) {
            case Inherit inherit -> outputCopiers.add(ChildOutput.copy(from, inherit.out(), name, false));
            case FileChannel file -> outputCopiers.add(ChildOutput.copy(from, new ChannelOutput(file.channel()), name, false));
            default -> {
            }
        }
    }

    /** Writes to a file's channel at its position, leaving the channel open (the file is the parent's). */
    private static final class ChannelOutput extends OutputStream {
        private final SeekableByteChannel channel;

        ChannelOutput(SeekableByteChannel channel) {
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    public long pid() {
        return process.pid();
    }

    private ChildOutput output(int which) {
        return which == 1 ? stdoutPipe : stderrPipe;
    }

    /** Up to {@code max} bytes of a pipe (1 stdout, 2 stderr): what has come, waiting for something; empty at its end. */
    public byte[] read(int which, int max) throws InterruptedException {
        return max < 0 ? output(which).takeAll() : output(which).takeSome(max);
    }

    /** Writes all of {@code data} to the stdin pipe. */
    @TruffleBoundary
    public void write(byte[] data) throws IOException {
        stdinPipe.write(data);
        stdinPipe.flush();
    }

    /** Closes the parent's end of a pipe (0 stdin, 1 stdout, 2 stderr). */
    @TruffleBoundary
    public void close(int which) throws IOException {
        if (which == 0) {
            stdinPipe.close();
        } else {
            output(which).close();
        }
    }

    /**
     * {@code communicate()}'s wait: sends {@code input} (once; then stdin is closed) and waits until the piped output
     * ends or the deadline passes. Returns whether it ended.
     */
    public boolean communicate(byte[] input, long deadline) throws InterruptedException {
        if (stdinPipe != null && !inputSent) {
            inputSent = true;
            Thread writer = new Thread(() -> {
                try (OutputStream in = stdinPipe) {
                    if (input != null) {
                        in.write(input);
                    }
                } catch (IOException e) {
                    // the child exited without reading everything (CPython ignores the broken pipe too)
                }
            }, "subprocess " + pid() + " input");
            writer.setDaemon(true);
            writer.start();
        }
        boolean ended = stdoutPipe == null || stdoutPipe.awaitEnd(deadline);
        return ended && (stderrPipe == null || stderrPipe.awaitEnd(deadline));
    }

    /** The output a pipe collected so far (communicate's result), or null for no pipe. */
    public byte[] collected(int which) {
        ChildOutput pipe = output(which);
        return pipe == null ? null : pipe.takeAvailable();
    }

    /** Waits for the process to end, until the deadline ({@link System#nanoTime}; Long.MAX_VALUE: none); its return code or null. */
    public Long waitFor(long deadline) throws InterruptedException {
        if (deadline == Long.MAX_VALUE) {
            process.waitFor();
        } else if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            return null;
        }
        for (Thread copier : outputCopiers) {
            copier.join();
        }
        return returnCode();
    }

    /** The return code if the process has ended (output copiers done too), else null. */
    public Long poll() {
        if (process.isAlive()) {
            return null;
        }
        for (Thread copier : outputCopiers) {
            if (copier.isAlive()) {
                return null;
            }
        }
        return returnCode();
    }

    private long returnCode() {
        int status = process.exitValue();
        if (status > 128 && status < 128 + OsSignals.NSIG && signalsSent.contains(status - 128)) {
            return -(status - 128);
        }
        return status;
    }

    /** Sends a signal to the child (if it still runs). */
    @TruffleBoundary
    public void sendSignal(int signum) throws Libc.ErrnoException {
        signalsSent.add(signum);
        try {
            Libc.kill(process.pid(), signum);
        } catch (UnsupportedOperationException noNativeAccess) {
            if (signum == 9) {
                process.destroyForcibly();
            } else if (signum == 15) {
                process.destroy();
            } else {
                throw noNativeAccess;
            }
        }
    }

    /** Lets go of the pipes (the Popen object is gone). */
    @TruffleBoundary
    public void release() {
        try {
            if (stdinPipe != null) {
                stdinPipe.close();
            }
        } catch (IOException e) {
            // broken already
        }
        if (stdoutPipe != null) {
            stdoutPipe.close();
        }
        if (stderrPipe != null) {
            stderrPipe.close();
        }
    }
}
