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

    static CommandLine parse(String[] args) throws UsageException {
        CommandLine line = new CommandLine();
        int i = 0;
        while (i < args.length) {
            String arg = args[i++];
            if (arg.equals("-c") || arg.equals("-m")) {
                if (i >= args.length) {
                    throw new UsageException("Argument expected for the " + arg + " option");
                }
                line.mode = arg.equals("-c") ? Mode.COMMAND : Mode.MODULE;
                line.target = args[i++];
                break;
            } else if (arg.startsWith("-c") || arg.startsWith("-m")) {
                // python -cCODE and -mMODULE are accepted too.
                line.mode = arg.startsWith("-c") ? Mode.COMMAND : Mode.MODULE;
                line.target = arg.substring(2);
                break;
            } else if (arg.equals("-")) {
                line.mode = Mode.STDIN;
                line.target = "-";
                break;
            } else if (arg.equals("-h") || arg.equals("-?") || arg.equals("--help")) {
                line.mode = Mode.HELP;
                return line;
            } else if (arg.equals("-V") || arg.equals("--version")) {
                line.mode = Mode.VERSION;
                return line;
            } else if (arg.equals("-i")) {
                line.inspect = true;
            } else if (arg.equals("-q")) {
                line.quiet = true;
            } else if (arg.equals("-u")) {
                line.unbuffered = true;
            } else if (arg.equals("-B") || arg.equals("-E") || arg.equals("-s")) {
                // Accepted for compatibility with scripts that pass them; they change nothing in Krait yet.
            } else if (arg.equals("--engine") || arg.startsWith("--engine=")) {
                String engine = arg.equals("--engine") ? next(args, i++, arg) : arg.substring("--engine=".length());
                line.polyglotOptions.put("krait.Engine", engine);
            } else if (arg.startsWith("--") && arg.length() > 2) {
                addPolyglotOption(line.polyglotOptions, arg.substring(2));
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("Unknown option: " + arg);
            } else {
                line.mode = Mode.FILE;
                line.target = arg;
                break;
            }
        }
        while (i < args.length) {
            line.programArguments.add(args[i++]);
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
