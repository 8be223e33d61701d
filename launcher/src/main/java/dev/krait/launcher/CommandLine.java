package dev.krait.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a python-like command line asks for. Everything after the script, {@code -c CODE} or {@code -m MODULE}
 * belongs to the program ({@code sys.argv}); options before it are the interpreter's or polyglot options.
 */
final class CommandLine {

    enum Mode { FILE, COMMAND, MODULE, STDIN, REPL, HELP, VERSION }

    /** The command line is wrong; the message is shown with a usage hint and exit status 2, as CPython does. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    Mode mode = Mode.REPL;
    /** The script path, the -c code or the -m module name. */
    String target;
    final List<String> programArguments = new ArrayList<>();
    final Map<String, String> polyglotOptions = new LinkedHashMap<>();
    boolean inspect;
    boolean quiet;
    boolean unbuffered;
    /** -V once prints the version, twice (-VV) the longer form. */
    int versionCount;
    /** -x: the script's first line is not run (a line of its own for a non-Unix {@code #!}). */
    boolean skipFirstLine;
    /** The -W options in order ({@code sys.warnoptions} gets them after PYTHONWARNINGS's). */
    final List<String> warnOptions = new ArrayList<>();
    /** The -X options in order ({@code sys._xoptions}). */
    final List<String> xOptions = new ArrayList<>();

    /** sys.flags the options set, in the order given ({@code krait.Flags}); -b twice counts 2. */
    final Map<String, Integer> flags = new LinkedHashMap<>();

    static CommandLine parse(String[] args) throws UsageException {
        CommandLine line = new CommandLine();
        int i = 0;
        options:
        while (i < args.length) {
            String arg = args[i++];
            if (arg.equals("-")) {
                line.mode = Mode.STDIN;
                line.target = "-";
                break;
            } else if (arg.equals("--help")) {
                line.mode = Mode.HELP;
                return line;
            } else if (arg.equals("--version")) {
                line.versionCount++;
            } else if (arg.equals("--engine") || arg.startsWith("--engine=")) {
                String engine = arg.equals("--engine") ? next(args, i++, arg) : arg.substring("--engine=".length());
                line.polyglotOptions.put("krait.Engine", engine);
            } else if (arg.startsWith("--") && arg.length() > 2) {
                addPolyglotOption(line.polyglotOptions, arg.substring(2));
            } else if (arg.startsWith("-") && arg.length() > 1) {
                // one or more single-letter options, as python takes them: -IPc CODE, -cCODE, -Esm mod
                for (int k = 1; k < arg.length(); k++) {
                    char option = arg.charAt(k);
                    switch (option) {
                        case 'c', 'm' -> {
                            line.mode = option == 'c' ? Mode.COMMAND : Mode.MODULE;
                            line.target = argument(args, arg, k, i, option);
                            if (k + 1 == arg.length()) {
                                i++;
                            }
                            break options;
                        }
                        case 'W', 'X' -> {
                            (option == 'W' ? line.warnOptions : line.xOptions).add(argument(args, arg, k, i, option));
                            if (k + 1 == arg.length()) {
                                i++;
                            }
                            continue options;
                        }
                        case 'h', '?' -> {
                            line.mode = Mode.HELP;
                            return line;
                        }
                        case 'V' -> line.versionCount++;
                        case 'i' -> {
                            line.inspect = true;
                            line.flags.put("inspect", 1);
                        }
                        case 'q' -> {
                            line.quiet = true;
                            line.flags.put("quiet", 1);
                        }
                        case 'u' -> line.unbuffered = true;
                        case 'B' -> line.flags.put("dont_write_bytecode", 1);
                        case 'E' -> line.flags.put("ignore_environment", 1);
                        case 'I' -> line.flags.put("isolated", 1);
                        case 'P' -> line.flags.put("safe_path", 1);
                        case 's' -> line.flags.put("no_user_site", 1);
                        case 'S' -> line.flags.put("no_site", 1);
                        case 'b' -> line.flags.merge("bytes_warning", 1, Integer::sum);
                        case 'O' -> line.flags.merge("optimize", 1, Integer::sum);
                        case 'd' -> line.flags.merge("debug", 1, Integer::sum);
                        // -R: hash randomization even when PYTHONHASHSEED fixes a seed
                        case 'R' -> line.flags.put("hash_randomization", 1);
                        case 'x' -> line.skipFirstLine = true;
                        case 't' -> {
                            // accepted and ignored, as CPython 3.12 does (tab warnings are long gone)
                        }
                        default -> throw new UsageException("Unknown option: -" + option);
                    }
                }
            } else {
                line.mode = Mode.FILE;
                line.target = arg;
                break;
            }
        }
        while (i < args.length) {
            line.programArguments.add(args[i++]);
        }
        if (line.versionCount > 0) {
            line.mode = Mode.VERSION;
            return line;
        }
        if (!line.warnOptions.isEmpty()) {
            line.polyglotOptions.put("krait.WarnOptions", String.join(LIST_SEPARATOR, line.warnOptions));
        }
        if (!line.xOptions.isEmpty()) {
            line.polyglotOptions.put("krait.XOptions", String.join(LIST_SEPARATOR, line.xOptions));
        }
        if (!line.flags.isEmpty()) {
            StringBuilder names = new StringBuilder();
            line.flags.forEach((name, count) -> names.append(names.isEmpty() ? "" : ",").append(name).append(count == 1 ? "" : "=" + count));
            line.polyglotOptions.put("krait.Flags", names.toString());
        }
        return line;
    }

    /**
     * Separates the -W and -X options in the {@code krait.WarnOptions} and {@code krait.XOptions} values: a NUL,
     * which no command-line argument can contain.
     */
    static final String LIST_SEPARATOR = "\0";

    /** The argument of option letter {@code k} of {@code arg}: the rest of {@code arg} (-Werror), else the next one. */
    private static String argument(String[] args, String arg, int k, int next, char option) throws UsageException {
        if (k + 1 < arg.length()) {
            return arg.substring(k + 1);
        }
        if (next < args.length) {
            return args[next];
        }
        throw new UsageException("Argument expected for the -" + option + " option");
    }

    private static String next(String[] args, int index, String option) throws UsageException {
        if (index >= args.length) {
            throw new UsageException("Argument expected for the " + option + " option");
        }
        return args[index];
    }

    /** {@code --engine.TraceCompilation=true}, {@code --cpusampler} (meaning {@code cpusampler=true}). */
    private static void addPolyglotOption(Map<String, String> options, String option) {
        int equals = option.indexOf('=');
        if (equals < 0) {
            options.put(option, "true");
        } else {
            options.put(option.substring(0, equals), option.substring(equals + 1));
        }
    }

    /** What Python's sys.argv must hold. */
    String[] pythonArgv() {
        List<String> argv = new ArrayList<>();
        switch (mode) {
            case COMMAND -> argv.add("-c");
            case FILE, MODULE -> argv.add(target);
            case STDIN -> argv.add(target == null ? "" : target);
            default -> argv.add("");
        }
        argv.addAll(programArguments);
        return argv.toArray(new String[0]);
    }
}
