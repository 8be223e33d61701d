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
            } else if (arg.equals("--help") || arg.equals("--version")) {
                line.mode = arg.equals("--help") ? Mode.HELP : Mode.VERSION;
                return line;
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
                            if (k + 1 < arg.length()) {
                                line.target = arg.substring(k + 1);
                            } else if (i < args.length) {
                                line.target = args[i++];
                            } else {
                                throw new UsageException("Argument expected for the -" + option + " option");
                            }
                            break options;
                        }
                        case 'h', '?' -> {
                            line.mode = Mode.HELP;
                            return line;
                        }
                        case 'V' -> {
                            line.mode = Mode.VERSION;
                            return line;
                        }
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
        if (!line.flags.isEmpty()) {
            StringBuilder names = new StringBuilder();
            line.flags.forEach((name, count) -> names.append(names.isEmpty() ? "" : ",").append(name).append(count == 1 ? "" : "=" + count));
            line.polyglotOptions.put("krait.Flags", names.toString());
        }
        return line;
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
