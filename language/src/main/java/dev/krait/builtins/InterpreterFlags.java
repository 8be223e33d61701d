package dev.krait.builtins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.KraitOptions;
import dev.krait.runtime.KraitContext;

/**
 * What python's command line and, unless {@code -E}/{@code -I}, the {@code PYTHON*} environment variables ask
 * for: {@code sys.flags} (from the {@code krait.Flags} option the krait command passes), {@code sys.warnoptions}
 * (-W, {@code krait.WarnOptions}), {@code sys._xoptions} (-X, {@code krait.XOptions}) and the str hash seed.
 * Read once per context ({@link KraitContext#interpreterFlags()}), before builtins and sys are made.
 */
public final class InterpreterFlags {
    /** sys.flags's fields in CPython 3.12's order. */
    private static final String[] FIELDS = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                    "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                    "warn_default_encoding", "safe_path", "int_max_str_digits"};

    /** The separator of the -W and -X option lists in their polyglot options (no command-line argument holds one). */
    private static final String LIST_SEPARATOR = "\0";

    private final Map<String, Long> values = new LinkedHashMap<>();
    private final List<String> warnOptions = new ArrayList<>();
    /** -X options in order: NAME alone maps to null (True in {@code sys._xoptions}), NAME=VALUE to VALUE. */
    private final Map<String, String> xOptions = new LinkedHashMap<>();
    /** PYTHONHASHSEED's seed, or null for a random one. */
    private Long hashSeed;
    private String pycachePrefix;

    private InterpreterFlags() {
        for (String field : FIELDS) {
            values.put(field, 0L);
        }
        values.put("hash_randomization", 1L);
        values.put("int_max_str_digits", -1L);
    }

    public static InterpreterFlags of(KraitContext context) {
        InterpreterFlags flags = new InterpreterFlags();
        boolean randomizationAsked = false;
        for (String flag : context.getEnv().getOptions().get(KraitOptions.Flags).split(",")) {
            String name = flag.strip();
            if (name.isEmpty()) {
                continue;
            }
            int equals = name.indexOf('=');
            long value = equals < 0 ? 1 : Long.parseLong(name.substring(equals + 1));
            String field = equals < 0 ? name : name.substring(0, equals);
            flags.values.put(field, value);
            randomizationAsked |= field.equals("hash_randomization");
        }
        for (String option : list(context.getEnv().getOptions().get(KraitOptions.XOptions))) {
            int equals = option.indexOf('=');
            flags.xOptions.put(equals < 0 ? option : option.substring(0, equals), equals < 0 ? null : option.substring(equals + 1));
        }
        if (flags.isSet("isolated")) {
            flags.values.put("ignore_environment", 1L);
            flags.values.put("safe_path", 1L);
            flags.values.put("no_user_site", 1L);
        }
        if (flags.isSet("inspect")) {
            flags.values.put("interactive", 1L);
        }
        Map<String, String> environment = flags.isSet("ignore_environment") ? Map.of() : context.getEnv().getEnvironment();
        flags.fromEnvironment(environment, "PYTHONDONTWRITEBYTECODE", "dont_write_bytecode");
        flags.fromEnvironment(environment, "PYTHONSAFEPATH", "safe_path");
        flags.fromEnvironment(environment, "PYTHONNOUSERSITE", "no_user_site");
        flags.countFromEnvironment(environment, "PYTHONOPTIMIZE", "optimize");
        flags.countFromEnvironment(environment, "PYTHONDEBUG", "debug");
        flags.countFromEnvironment(environment, "PYTHONVERBOSE", "verbose");
        if (flags.xOptions.containsKey("dev") || nonEmpty(environment.get("PYTHONDEVMODE"))) {
            flags.values.put("dev_mode", 1L);
        }
        if (flags.xOptions.containsKey("warn_default_encoding") || nonEmpty(environment.get("PYTHONWARNDEFAULTENCODING"))) {
            flags.values.put("warn_default_encoding", 1L);
        }
        String utf8 = flags.xOptions.containsKey("utf8") ? (flags.xOptions.get("utf8") == null ? "1" : flags.xOptions.get("utf8"))
                        : environment.get("PYTHONUTF8");
        if (utf8 != null) {
            flags.values.put("utf8_mode", utf8.equals("1") ? 1L : 0L);
        }
        String digits = flags.xOptions.containsKey("int_max_str_digits") ? flags.xOptions.get("int_max_str_digits")
                        : environment.get("PYTHONINTMAXSTRDIGITS");
        long maxDigits = parseMaxStrDigits(digits);
        flags.values.put("int_max_str_digits", maxDigits < 0 ? dev.krait.runtime.numbers.IntOps.DEFAULT_MAX_STR_DIGITS : maxDigits);
        String seed = environment.get("PYTHONHASHSEED");
        if (!randomizationAsked && nonEmpty(seed) && !seed.equals("random")) {
            try {
                long value = Long.parseLong(seed);
                if (value >= 0 && value <= 0xFFFFFFFFL) {
                    flags.hashSeed = value;
                    flags.values.put("hash_randomization", value == 0 ? 0L : 1L);
                }
            } catch (NumberFormatException e) {
                // not a seed: hashes stay randomized (the krait command refuses such a value before starting)
            }
        }
        flags.pycachePrefix = flags.xOptions.containsKey("pycache_prefix") ? flags.xOptions.get("pycache_prefix")
                        : nonEmpty(environment.get("PYTHONPYCACHEPREFIX")) ? environment.get("PYTHONPYCACHEPREFIX") : null;
        // sys.warnoptions as CPython orders them: -X dev's "default", PYTHONWARNINGS, -W, then -b's
        if (flags.isSet("dev_mode")) {
            flags.warnOptions.add("default");
        }
        String environmentWarnings = environment.get("PYTHONWARNINGS");
        if (environmentWarnings != null) {
            for (String option : environmentWarnings.split(",")) {
                if (!option.isEmpty()) {
                    flags.warnOptions.add(option);
                }
            }
        }
        flags.warnOptions.addAll(list(context.getEnv().getOptions().get(KraitOptions.WarnOptions)));
        long bytesWarning = flags.values.get("bytes_warning");
        if (bytesWarning > 0) {
            flags.warnOptions.add(bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }
        return flags;
    }

    private static List<String> list(String option) {
        return option.isEmpty() ? List.of() : List.of(option.split(LIST_SEPARATOR, -1));
    }

    private static boolean nonEmpty(String value) {
        return value != null && !value.isEmpty();
    }

    /** A limit from -X int_max_str_digits or PYTHONINTMAXSTRDIGITS; -1 when there is none or it is not one. */
    private static long parseMaxStrDigits(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        try {
            long value = Long.parseLong(text);
            return value == 0 || value >= dev.krait.runtime.numbers.IntOps.MIN_MAX_STR_DIGITS && value <= Integer.MAX_VALUE ? value : -1;
        } catch (NumberFormatException e) {
            return -1; // the krait command refuses such a value before starting, as CPython does
        }
    }

    private void fromEnvironment(Map<String, String> environment, String variable, String flag) {
        String value = environment.get(variable);
        if (value != null && !value.isEmpty()) {
            values.put(flag, 1L);
        }
    }

    /** CPython's rule for PYTHONOPTIMIZE and the like: a count N >= 0 raises the flag to N, any other text to 1. */
    private void countFromEnvironment(Map<String, String> environment, String variable, String flag) {
        String text = environment.get(variable);
        if (text == null || text.isEmpty()) {
            return;
        }
        long value;
        try {
            value = Integer.parseInt(text.strip());
            if (value < 0) {
                value = 1;
            }
        } catch (NumberFormatException e) {
            value = 1;
        }
        values.put(flag, Math.max(values.get(flag), value));
    }

    public boolean isSet(String flag) {
        return values.get(flag) != 0;
    }

    public int optimize() {
        return (int) (long) values.get("optimize");
    }

    public int intMaxStrDigits() {
        return (int) (long) values.get("int_max_str_digits");
    }

    /** PYTHONHASHSEED's seed, or null when str hashes are randomized. */
    public Long hashSeed() {
        return hashSeed;
    }

    /** {@code sys.pycache_prefix}: -X pycache_prefix=PATH or PYTHONPYCACHEPREFIX, or null. */
    public String pycachePrefix() {
        return pycachePrefix;
    }

    /** {@code sys.warnoptions}'s items. */
    public List<String> warnOptions() {
        return warnOptions;
    }

    /** The -X options: NAME alone maps to null (True in {@code sys._xoptions}), NAME=VALUE to VALUE. */
    public Map<String, String> xOptions() {
        return xOptions;
    }

    /** The struct sequence {@code sys.flags}; dev_mode and safe_path are bools, the rest ints. */
    Object toStructSequence(KraitContext context) {
        Object[] items = new Object[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            long value = values.get(FIELDS[i]);
            items[i] = FIELDS[i].equals("dev_mode") || FIELDS[i].equals("safe_path") ? (Object) (value != 0) : (Object) value;
        }
        return StructSequence.make(context, "sys", "flags", FIELDS, items);
    }
}
