package dev.krait.launcher;

import java.util.Map;

/**
 * The settings CPython refuses before it starts (a "Fatal Python error", exit status 1): a bad PYTHONHASHSEED,
 * -X utf8 value or int_max_str_digits limit. The language reads the same settings and ignores what is refused here.
 */
final class StartupChecks {

    private StartupChecks() {
    }

    /** CPython's message for the first refused setting, or null when all are fine. */
    static String check(CommandLine line, Map<String, String> environment) {
        boolean ignoreEnvironment = line.flags.containsKey("ignore_environment") || line.flags.containsKey("isolated");
        Map<String, String> variables = ignoreEnvironment ? Map.of() : environment;
        String utf8 = lastXOption(line, "utf8");
        if (utf8 != null && !utf8.isEmpty() && !utf8.equals("0") && !utf8.equals("1")) {
            return fatal("preconfig_init_utf8_mode", "invalid -X utf8 option value", "preinitializing");
        }
        String seed = variables.get("PYTHONHASHSEED");
        if (seed != null && !seed.isEmpty() && !seed.equals("random") && !isSeed(seed)) {
            return fatal("config_init_hash_seed", "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]", "preinitialized");
        }
        String digits = lastXOption(line, "int_max_str_digits");
        if (digits != null) {
            if (!isDigitLimit(digits)) {
                return fatal("config_init_int_max_str_digits", "-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.",
                                "preinitialized");
            }
        } else {
            String variable = variables.get("PYTHONINTMAXSTRDIGITS");
            if (variable != null && !variable.isEmpty() && !isDigitLimit(variable)) {
                return fatal("config_init_int_max_str_digits", "PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.",
                                "preinitialized");
            }
        }
        return null;
    }

    /** The value of the last -X NAME option: "" for NAME alone (as CPython reads -X utf8), null if none. */
    private static String lastXOption(CommandLine line, String name) {
        String value = null;
        for (String option : line.xOptions) {
            if (option.equals(name)) {
                value = "";
            } else if (option.startsWith(name + "=")) {
                value = option.substring(name.length() + 1);
            }
        }
        return value;
    }

    private static boolean isSeed(String text) {
        try {
            long value = Long.parseLong(text);
            return value >= 0 && value <= 0xFFFFFFFFL;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDigitLimit(String text) {
        try {
            long value = Long.parseLong(text);
            return value == 0 || (value >= 640 && value <= Integer.MAX_VALUE);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String fatal(String function, String message, String state) {
        return "Fatal Python error: " + function + ": " + message + "\nPython runtime state: " + state + "\n";
    }
}
