package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyNumber;

/** The {@code time} module (clocks and sleep). */
public final class TimeModule {
    private TimeModule() {
    }

    public static PModule create(KraitContext context) {
        PModule time = context.newModule("time");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, time, TimeModuleFactory.getFactories(), null, "time");
        return time;
    }

    @Builtin(name = "time", params = {})
    @GenerateNodeFactory
    public abstract static class TimeNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        double time() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }
    }

    @Builtin(name = "time_ns", params = {})
    @GenerateNodeFactory
    public abstract static class TimeNsNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        long timeNs() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }
    }

    @Builtin(name = "perf_counter", params = {})
    @GenerateNodeFactory
    public abstract static class PerfCounterNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        double perfCounter() {
            return System.nanoTime() / 1e9;
        }
    }

    @Builtin(name = "perf_counter_ns", params = {})
    @GenerateNodeFactory
    public abstract static class PerfCounterNsNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        long perfCounterNs() {
            return System.nanoTime();
        }
    }

    @Builtin(name = "monotonic", params = {})
    @GenerateNodeFactory
    public abstract static class MonotonicNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        double monotonic() {
            return System.nanoTime() / 1e9;
        }
    }

    @Builtin(name = "process_time", params = {})
    @GenerateNodeFactory
    public abstract static class ProcessTimeNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        double processTime() {
            java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
            return bean.getCurrentThreadCpuTime() / 1e9;
        }
    }

    @Builtin(name = "sleep", params = {"seconds", "/"})
    @GenerateNodeFactory
    public abstract static class SleepNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object sleep(Object seconds) {
            double value = PyNumber.asDouble(seconds);
            if (value < 0) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            KraitContext.get(null).flushOutput();
            try {
                Thread.sleep((long) (value * 1000), (int) ((value * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PNone.NONE;
        }
    }
}
