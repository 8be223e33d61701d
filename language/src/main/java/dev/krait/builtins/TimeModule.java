package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyNumber;

/**
 * The {@code _time} module: the clocks, sleep, and the two questions about the local time zone the bundled
 * {@code time} module (Python) cannot answer itself — the UTC offset, daylight-saving flag and abbreviation in force
 * at an instant, and the instant a local wall-clock time stands for. Zones are Java's: the {@code TZ} value
 * ({@code America/New_York}, {@code UTC}, {@code EST5EDT}; a leading ':' is ignored) or, with none, the JVM's
 * default zone.
 */
public final class TimeModule {
    private TimeModule() {
    }

    public static PModule create(KraitContext context) {
        PModule time = context.newModule("_time");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, time, TimeModuleFactory.getFactories(), null, "_time");
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

    /**
     * {@code time.get_clock_info(name)}: which clock of the JVM each function reads — System.currentTimeMillis-
     * style wall time (CLOCK_REALTIME), System.nanoTime (CLOCK_MONOTONIC) or the thread-CPU clocks — as a
     * {@code types.SimpleNamespace} like CPython's.
     */
    @Builtin(name = "get_clock_info", params = {"name", "/"})
    @GenerateNodeFactory
    public abstract static class GetClockInfoNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object getClockInfo(Object name) {
            if (!(name instanceof String clock)) {
                throw Errors.typeError("get_clock_info() argument 1 must be str, not " + dev.krait.runtime.protocol.PyObjectType.typeName(name));
            }
            String implementation;
            boolean monotonic;
            boolean adjustable;
            switch (clock) {
                case "time" -> {
                    implementation = "clock_gettime(CLOCK_REALTIME)";
                    monotonic = false;
                    adjustable = true;
                }
                case "monotonic", "perf_counter" -> {
                    implementation = "clock_gettime(CLOCK_MONOTONIC)";
                    monotonic = true;
                    adjustable = false;
                }
                case "process_time" -> {
                    implementation = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
                    monotonic = true;
                    adjustable = false;
                }
                case "thread_time" -> {
                    implementation = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
                    monotonic = true;
                    adjustable = false;
                }
                default -> throw Errors.valueError("unknown clock");
            }
            KraitContext context = KraitContext.get(null);
            PModule types = dev.krait.runtime.ModuleLoader.importModule(context, "types");
            Object namespace = dev.krait.runtime.protocol.PyObjectGetAttr.get(types, "SimpleNamespace");
            return dev.krait.runtime.protocol.PyObjectCall.call(namespace, new Object[0],
                            new String[]{"implementation", "monotonic", "adjustable", "resolution"},
                            new Object[]{implementation, monotonic, adjustable, 1e-09});
        }
    }

    @Builtin(name = "process_time", params = {})
    @GenerateNodeFactory
    public abstract static class ProcessTimeNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        double processTime() {
            return processCpuNanos() / 1e9;
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
            KraitContext context = KraitContext.get(null);
            context.flushOutput();
            if (value == 0) {
                context.gil().yieldToWaiting(null);
                return dev.krait.runtime.objects.PNone.NONE;
            }
            long deadline = System.nanoTime() + (long) (value * 1e9);
            // other threads run while this one sleeps; a safepoint (another thread's request) may wake it early
            context.gil().releaseWhile(null, d -> {
                long left;
                while ((left = d - System.nanoTime()) > 0) {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                }
            }, deadline);
            return PNone.NONE;
        }
    }

    @Builtin(name = "monotonic_ns", params = {})
    @GenerateNodeFactory
    public abstract static class MonotonicNsNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        long monotonicNs() {
            return System.nanoTime();
        }
    }

    /** CPU time of the whole process (all threads), in nanoseconds. */
    @TruffleBoundary
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            if (nanos >= 0) {
                return nanos;
            }
        }
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Builtin(name = "process_time_ns", params = {})
    @GenerateNodeFactory
    public abstract static class ProcessTimeNsNode extends BuiltinNode.Builtin0 {
        @Specialization
        long processTimeNs() {
            return processCpuNanos();
        }
    }

    @Builtin(name = "thread_time", params = {})
    @GenerateNodeFactory
    public abstract static class ThreadTimeNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        double threadTime() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
        }
    }

    @Builtin(name = "thread_time_ns", params = {})
    @GenerateNodeFactory
    public abstract static class ThreadTimeNsNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        long threadTimeNs() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }
    }

    /** Seconds from the epoch beyond which java.time has no dates (about 570 million years). */
    private static final long FAR = 1L << 54;

    /**
     * The zone's standard time near the end of java.time's range on the side of {@code seconds}: a moment of this
     * year with that offset (for its abbreviation), or the edge itself when this year has none.
     */
    @TruffleBoundary
    private static java.time.ZonedDateTime standardEdge(java.time.ZoneId zone, long seconds) {
        java.time.Instant edge = java.time.Instant.ofEpochSecond(seconds < 0 ? -FAR : FAR);
        java.time.ZoneOffset standard = zone.getRules().getStandardOffset(edge);
        int year = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
        for (int month : new int[]{1, 7}) {
            java.time.ZonedDateTime probe = java.time.LocalDate.of(year, month, 1).atStartOfDay(zone);
            if (probe.getOffset().equals(standard)) {
                return probe;
            }
        }
        return edge.atZone(standard);
    }

    /** The zone a TZ value names; None (no TZ) or a name Java does not know means the JVM default / UTC. */
    @TruffleBoundary
    static java.time.ZoneId zone(Object tz) {
        if (!(tz instanceof String name) || name.isEmpty()) {
            return tz == PNone.NONE || tz == PNone.NO_VALUE ? java.time.ZoneId.systemDefault() : java.time.ZoneOffset.UTC;
        }
        String id = name.startsWith(":") ? name.substring(1) : name;
        try {
            return java.time.ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }

    /** The C library's abbreviation: Java's short name, or "+0530" style for zones that have none. */
    @TruffleBoundary
    static String abbreviation(java.time.ZonedDateTime when) {
        if (when.getZone() instanceof java.time.ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : numericAbbreviation(offset.getTotalSeconds());
        }
        String name = java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.US).format(when);
        if (name.startsWith("GMT+") || name.startsWith("GMT-") || name.startsWith("UTC+") || name.startsWith("UTC-")) {
            return numericAbbreviation(when.getOffset().getTotalSeconds());
        }
        return name;
    }

    private static String numericAbbreviation(int seconds) {
        int magnitude = Math.abs(seconds);
        String text = String.format("%c%02d", seconds < 0 ? '-' : '+', magnitude / 3600);
        return magnitude % 3600 == 0 ? text : text + String.format("%02d", magnitude / 60 % 60);
    }

    /** (gmtoff, isdst, abbreviation) of the zone {@code tz} at POSIX time {@code seconds}. */
    @Builtin(name = "zone_at", params = {"tz", "seconds", "/"})
    @GenerateNodeFactory
    public abstract static class ZoneAtNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object zoneAt(Object tz, Object seconds) {
            java.time.ZoneId zone = zone(tz);
            long value = ((Number) seconds).longValue();
            if (Math.abs(value) > FAR) {
                // Beyond java.time's years: the zone's standard time at the edge, no daylight saving.
                java.time.ZonedDateTime edge = standardEdge(zone, value);
                return KraitContext.get(null).newTuple(new Object[]{(long) edge.getOffset().getTotalSeconds(), 0L, abbreviation(edge)});
            }
            java.time.Instant instant = java.time.Instant.ofEpochSecond(value);
            java.time.ZonedDateTime when = instant.atZone(zone);
            long offset = when.getOffset().getTotalSeconds();
            long dst = zone.getRules().isDaylightSavings(instant) ? 1L : 0L;
            return KraitContext.get(null).newTuple(new Object[]{offset, dst, abbreviation(when)});
        }
    }

    /**
     * The POSIX time of the local wall-clock time {@code naive} (seconds since 1970-01-01 00:00 as if local time were
     * UTC) in zone {@code tz}, as C's mktime resolves it: in a repeated hour, isdst 1 or -1 picks the first
     * (daylight) reading and 0 the second; in a skipped hour, -1 and 0 read the time with the offset before the
     * change and 1 with the offset after it; a definite isdst that disagrees with the zone shifts by an hour.
     * isdst 2 asks for datetime's fold=1 reading instead: the second reading of a repeated hour, the offset after
     * the change in a skipped one, and no shift (-1 is the fold=0 reading).
     */
    @Builtin(name = "local_to_utc", params = {"tz", "naive", "isdst", "/"})
    @GenerateNodeFactory
    public abstract static class LocalToUtcNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static long localToUtc(Object tz, Object naive, Object isdst) {
            java.time.ZoneId zone = zone(tz);
            long local = ((Number) naive).longValue();
            long hint = ((Number) isdst).longValue();
            java.time.zone.ZoneRules rules = zone.getRules();
            if (Math.abs(local) > FAR) {
                return local - standardEdge(zone, local).getOffset().getTotalSeconds();
            }
            java.time.LocalDateTime wall = java.time.LocalDateTime.ofEpochSecond(local, 0, java.time.ZoneOffset.UTC);
            java.util.List<java.time.ZoneOffset> offsets = rules.getValidOffsets(wall);
            if (offsets.size() == 2) {
                java.time.ZoneOffset chosen = hint == 0 || hint == 2 ? offsets.get(1) : offsets.get(0);
                return local - chosen.getTotalSeconds();
            }
            if (offsets.isEmpty()) {
                java.time.zone.ZoneOffsetTransition gap = rules.getTransition(wall);
                java.time.ZoneOffset chosen = hint > 0 ? gap.getOffsetAfter() : gap.getOffsetBefore();
                return local - chosen.getTotalSeconds();
            }
            long result = local - offsets.get(0).getTotalSeconds();
            if (hint == 0 || hint == 1) {
                boolean dst = rules.isDaylightSavings(java.time.Instant.ofEpochSecond(result));
                if (hint > 0 && !dst) {
                    result -= 3600;
                } else if (hint == 0 && dst) {
                    result += 3600;
                }
            }
            return result;
        }
    }

    /** The JVM's default zone id (what local time means when TZ is not set). */
    @Builtin(name = "default_zone", params = {})
    @GenerateNodeFactory
    public abstract static class DefaultZoneNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static String defaultZone() {
            return java.time.ZoneId.systemDefault().getId();
        }
    }
}
