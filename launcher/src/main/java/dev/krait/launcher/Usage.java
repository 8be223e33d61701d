package dev.krait.launcher;

import java.io.PrintStream;

/** The text of {@code krait --help}. */
final class Usage {

    private Usage() {
    }

    static void print(PrintStream out) {
        out.println("usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...");
        out.println("Options:");
        out.println("  -c cmd         program passed in as a string (terminates the option list)");
        out.println("  -m mod         run library module as a script (terminates the option list)");
        out.println("  -i             inspect interactively after running the script or command");
        out.println("  -q             do not print the version banner at the interactive prompt");
        out.println("  -h, --help     print this help message and exit");
        out.println("  -V, --version  print the Krait version and exit");
        out.println("  -u             unbuffered stdout (stdout is block-buffered when not a terminal)");
        out.println("  -E             ignore PYTHON* environment variables (such as PYTHONPATH)");
        out.println("  -I             isolate Python from the user's environment (implies -E, -P and -s)");
        out.println("  -P             don't prepend a potentially unsafe path to sys.path");
        out.println("  -B, -s, -S, -b set sys.flags (dont_write_bytecode, no_user_site, no_site,");
        out.println("                 bytes_warning) and change nothing else in Krait");
        out.println("  --engine=ast|bytecode");
        out.println("                 the execution engine (context option krait.Engine)");
        out.println("  --GROUP.NAME=VALUE");
        out.println("                 a polyglot option, e.g. --engine.TraceCompilation=true,");
        out.println("                 --engine.Compilation=false, --krait.Engine=bytecode;");
        out.println("                 --NAME alone means --NAME=true (e.g. --cpusampler)");
        out.println("file           program read from a script file");
        out.println("-              program read from stdin (the default when stdin is not a terminal)");
        out.println("arg ...        arguments passed to the program in sys.argv[1:]");
        out.println();
        out.println("With no program and a terminal on stdin, krait starts the interactive prompt");
        out.println("(history in ~/.krait_history).");
    }
}
