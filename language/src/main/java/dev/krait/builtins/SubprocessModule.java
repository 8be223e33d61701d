package dev.krait.builtins;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.KraitOptions;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PFile;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.os.ChildProcess;
import dev.krait.runtime.os.Libc;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code _krait_subprocess}: the process calls the bundled {@code subprocess} (Python) builds Popen on. A child is
 * named by its process id. Every wait (for the process, for output) is made without the GIL and can be interrupted
 * by a signal handler, which runs and lets the wait go on.
 */
public final class SubprocessModule {
    private SubprocessModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_subprocess");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, SubprocessModuleFactory.getFactories(), null, "_krait_subprocess");
        return module;
    }

    private static ChildProcess child(KraitContext context, Object pid) {
        ChildProcess child = context.childProcesses().get(PyNumber.asSize(pid));
        if (child == null) {
            throw Errors.valueError("no such child process");
        }
        return child;
    }

    private static String text(Object value) {
        return (String) PBoxedValue.unwrap(value);
    }

    /**
     * What one standard stream of the child connects to: None the parent's own (fd 0, 1 or 2), -1 a pipe, -2 stdout
     * (stderr only), -3 /dev/null, a file object, or a file descriptor.
     */
    private static ChildProcess.Stream stream(KraitContext context, Object spec, int standard) {
        if (spec == PNone.NONE) {
            return inherited(context, standard);
        }
        if (spec instanceof PFile file) {
            return new ChildProcess.FileChannel(file.channel());
        }
        if (!BuiltinArithmetic.isInt(spec)) {
            throw Errors.attributeError("'" + PyObjectType.typeName(spec) + "' object has no attribute 'fileno'");
        }
        long code = PyNumber.asSize(spec);
        return switch ((int) code) {
            case -1 -> new ChildProcess.Pipe();
            case -2 -> new ChildProcess.SameAsStdout();
            case -3 -> new ChildProcess.Null();
            case 0, 1, 2 -> inherited(context, (int) code);
            default -> new ChildProcess.FileChannel(context.fileDescriptors().get(code).channel());
        };
    }

    private static ChildProcess.Stream inherited(KraitContext context, int standard) {
        var env = context.getEnv();
        if (env.getOptions().get(KraitOptions.InheritStandardStreams)) {
            return new ChildProcess.ProcessStream();
        }
        // an embedded context's streams are the embedder's: a thread copies the child's to and from them. Like a
        // child writing to the file descriptor, the copy goes around what the context's own stdout has buffered.
        return new ChildProcess.Inherit(env.in(), standard == 2 ? env.err() : env.out());
    }

    private static final Pattern JAVA_ERRNO = Pattern.compile("error=(\\d+)");

    @Builtin(name = "spawn", params = {"argv", "cwd", "env", "stdin", "stdout", "stderr"})
    @GenerateNodeFactory
    public abstract static class SpawnNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        Object spawn(Object[] args) {
            KraitContext context = KraitContext.get(this);
            List<String> argv = new ArrayList<>();
            for (Object item : ((PTuple) args[0]).items()) {
                argv.add(text(item));
            }
            String cwd = args[1] == PNone.NONE ? null : text(args[1]);
            Map<String, String> environment = null;
            if (args[2] != PNone.NONE) {
                environment = new LinkedHashMap<>();
                Object[] pairs = ((PTuple) args[2]).items();
                for (int i = 0; i + 1 < pairs.length; i += 2) {
                    environment.put(text(pairs[i]), text(pairs[i + 1]));
                }
            }
            ChildProcess.Stream stdout = stream(context, args[4], 1);
            ChildProcess.Stream stderr = stream(context, args[5], 2);
            ChildProcess.Stream stdin = stream(context, args[3], 0);
            if (stdin instanceof ChildProcess.SameAsStdout || stdout instanceof ChildProcess.SameAsStdout) {
                throw Errors.valueError("STDOUT can only be used for stderr");
            }
            ChildProcess child;
            try {
                child = ChildProcess.start(argv, cwd, environment, stdin, stdout, stderr);
            } catch (IOException e) {
                Matcher errno = JAVA_ERRNO.matcher(String.valueOf(e.getMessage()));
                throw OSErrorBuiltins.fromErrno(errno.find() ? Long.parseLong(errno.group(1)) : 2, argv.get(0));
            }
            context.childProcesses().put(child.pid(), child);
            return child.pid();
        }
    }

    /**
     * {@code finds(name, path)}: whether Java, which looks a bare program name up on the PATH the process started
     * with, finds {@code path} for {@code name}.
     */
    @Builtin(name = "finds", params = {"name", "path"})
    @GenerateNodeFactory
    public abstract static class FindsNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static boolean finds(Object name, Object path) {
            String searched = System.getenv("PATH");
            if (searched == null) {
                return false;
            }
            for (String directory : searched.split(java.io.File.pathSeparator)) {
                java.nio.file.Path candidate = java.nio.file.Path.of(directory.isEmpty() ? "." : directory, text(name));
                if (java.nio.file.Files.isRegularFile(candidate) && java.nio.file.Files.isExecutable(candidate)) {
                    try {
                        return candidate.toRealPath().equals(java.nio.file.Path.of(text(path)).toRealPath());
                    } catch (IOException e) {
                        return false;
                    }
                }
            }
            return false;
        }
    }

    @Builtin(name = "read", params = {"pid", "which", "size"})
    @GenerateNodeFactory
    public abstract static class ReadNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        Object read(Object pid, Object which, Object size) {
            KraitContext context = KraitContext.get(this);
            ChildProcess child = child(context, pid);
            int stream = (int) PyNumber.asSize(which);
            long max = PyNumber.asSize(size);
            byte[][] result = new byte[1][];
            context.gil().releaseWhile(this, c -> result[0] = c.read(stream, (int) Math.min(max, Integer.MAX_VALUE)), child);
            return ByteSequences.newBytes(result[0]);
        }
    }

    @Builtin(name = "write", params = {"pid", "data"})
    @GenerateNodeFactory
    public abstract static class WriteNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        Object write(Object pid, Object data) {
            KraitContext context = KraitContext.get(this);
            ChildProcess child = child(context, pid);
            byte[] bytes = ByteSequences.require(data);
            IOException[] failure = new IOException[1];
            context.gil().releaseWhile(this, c -> {
                try {
                    c.write(bytes);
                } catch (IOException e) {
                    failure[0] = e;
                }
            }, child);
            if (failure[0] != null) {
                throw OSErrorBuiltins.fromErrno(32, null);
            }
            return (long) bytes.length;
        }
    }

    @Builtin(name = "close", params = {"pid", "which"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        Object close(Object pid, Object which) {
            try {
                child(KraitContext.get(this), pid).close((int) PyNumber.asSize(which));
            } catch (IOException e) {
                throw OSErrorBuiltins.fromErrno(32, null);
            }
            return PNone.NONE;
        }
    }

    /** A timeout in seconds (None: none) as a deadline on {@link System#nanoTime}. */
    private static long deadline(Object timeout) {
        if (timeout == PNone.NONE) {
            return Long.MAX_VALUE;
        }
        double seconds = PyNumber.asDouble(timeout);
        return System.nanoTime() + (long) (Math.max(0, seconds) * 1e9);
    }

    /** {@code communicate(pid, input, timeout)}: (stdout, stderr, ended) — the output so far; ended False on timeout. */
    @Builtin(name = "communicate", params = {"pid", "input", "timeout"})
    @GenerateNodeFactory
    public abstract static class CommunicateNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        Object communicate(Object pid, Object input, Object timeout) {
            KraitContext context = KraitContext.get(this);
            ChildProcess child = child(context, pid);
            byte[] data = input == PNone.NONE ? null : ByteSequences.require(input);
            long deadline = deadline(timeout);
            boolean[] ended = new boolean[1];
            context.gil().releaseWhile(this, c -> ended[0] = c.communicate(data, deadline), child);
            byte[] out = child.collected(1);
            byte[] err = child.collected(2);
            return context.newTuple(new Object[]{out == null ? PNone.NONE : ByteSequences.newBytes(out),
                            err == null ? PNone.NONE : ByteSequences.newBytes(err), ended[0]});
        }
    }

    @Builtin(name = "wait", params = {"pid", "timeout"})
    @GenerateNodeFactory
    public abstract static class WaitNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        Object waitFor(Object pid, Object timeout) {
            KraitContext context = KraitContext.get(this);
            ChildProcess child = child(context, pid);
            long deadline = deadline(timeout);
            Long[] code = new Long[1];
            context.gil().releaseWhile(this, c -> code[0] = c.waitFor(deadline), child);
            return code[0] == null ? PNone.NONE : code[0];
        }
    }

    @Builtin(name = "poll", params = {"pid"})
    @GenerateNodeFactory
    public abstract static class PollNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object poll(Object pid) {
            Long code = child(KraitContext.get(this), pid).poll();
            return code == null ? PNone.NONE : code;
        }
    }

    @Builtin(name = "send_signal", params = {"pid", "signal"})
    @GenerateNodeFactory
    public abstract static class SendSignalNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        Object sendSignal(Object pid, Object signal) {
            try {
                child(KraitContext.get(this), pid).sendSignal((int) PyNumber.asSize(signal));
            } catch (Libc.ErrnoException e) {
                throw OSErrorBuiltins.fromErrno(e.errno, null);
            } catch (UnsupportedOperationException e) {
                throw OSErrorBuiltins.fromErrno(38, null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "release", params = {"pid"})
    @GenerateNodeFactory
    public abstract static class ReleaseNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object release(Object pid) {
            ChildProcess child = KraitContext.get(this).childProcesses().remove(PyNumber.asSize(pid));
            if (child != null) {
                child.release();
            }
            return PNone.NONE;
        }
    }
}
