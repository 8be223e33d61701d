package dev.krait.builtins;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.krait.KraitOptions;
import dev.krait.runtime.KraitContext;

/**
 * {@code sys.flags}: what python's command-line options (the {@code krait.Flags} option the krait command passes)
 * and, unless {@code -E}/{@code -I}, the {@code PYTHON*} environment variables ask for.
 */
final class InterpreterFlags {
    /** sys.flags's fields in CPython 3.12's order. */
    private static final String[] FIELDS = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                    "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                    "warn_default_encoding", "safe_path", "int_max_str_digits"};

    private final Map<String, Long> values = new LinkedHashMap<>();

    private InterpreterFlags() {
        for (String field : FIELDS) {
            values.put(field, 0L);
        }
        values.put("hash_randomization", 1L);
    }

    static InterpreterFlags of(KraitContext context) {
        InterpreterFlags flags = new InterpreterFlags();
        for (String flag : context.getEnv().getOptions().get(KraitOptions.Flags).split(",")) {
            String name = flag.strip();
            if (name.isEmpty()) {
                continue;
            }
            int equals = name.indexOf('=');
            long value = equals < 0 ? 1 : Long.parseLong(name.substring(equals + 1));
            flags.values.put(equals < 0 ? name : name.substring(0, equals), value);
        }
        if (flags.isSet("isolated")) {
            flags.values.put("ignore_environment", 1L);
            flags.values.put("safe_path", 1L);
            flags.values.put("no_user_site", 1L);
        }
        if (flags.isSet("inspect")) {
            flags.values.put("interactive", 1L);
        }
        if (!flags.isSet("ignore_environment")) {
            Map<String, String> environment = context.getEnv().getEnvironment();
            flags.fromEnvironment(environment, "PYTHONDONTWRITEBYTECODE", "dont_write_bytecode");
            flags.fromEnvironment(environment, "PYTHONSAFEPATH", "safe_path");
            flags.fromEnvironment(environment, "PYTHONNOUSERSITE", "no_user_site");
        }
        flags.values.put("int_max_str_digits", (long) context.getIntMaxStrDigits());
        return flags;
    }

    private void fromEnvironment(Map<String, String> environment, String variable, String flag) {
        String value = environment.get(variable);
        if (value != null && !value.isEmpty()) {
            values.put(flag, 1L);
        }
    }

    boolean isSet(String flag) {
        return values.get(flag) != 0;
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
