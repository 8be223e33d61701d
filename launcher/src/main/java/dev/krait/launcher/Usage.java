package dev.krait.launcher;

import java.io.PrintStream;

/** The text of {@code krait --help}. */
final class Usage {

    private Usage() {
    }

    static void print(PrintStream out) {
        out.println("usage: krait [option] ... [-c cmd | -m mod | file | dir | -] [arg] ...");
        out.println("Options (and corresponding environment variables):");
        out.println("  -b             set sys.flags.bytes_warning and a default::BytesWarning filter (-bb: an");
        out.println("                 error:: one); Krait itself issues no BytesWarning yet");
        out.println("  -B             don't write .pyc files (Krait writes none); also PYTHONDONTWRITEBYTECODE=x");
        out.println("  -c cmd         program passed in as a string (terminates the option list)");
        out.println("  -d             set sys.flags.debug (parser debugging output is for CPython's debug");
        out.println("                 builds); also PYTHONDEBUG=x");
        out.println("  -E             ignore PYTHON* environment variables (such as PYTHONPATH)");
        out.println("  -h, -?, --help print this help message and exit");
        out.println("  -i             inspect interactively after running the script or command");
        out.println("  -I             isolate Python from the user's environment (implies -E, -P and -s)");
        out.println("  -m mod         run library module as a script (terminates the option list)");
        out.println("  -O             leave asserts out and make __debug__ False; also PYTHONOPTIMIZE=x");
        out.println("  -OO            as -O, and leave docstrings out too");
        out.println("  -P             don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH");
        out.println("  -q             do not print the version banner at the interactive prompt");
        out.println("  -R             randomize str hashes even when PYTHONHASHSEED fixes a seed");
        out.println("  -s             set sys.flags.no_user_site (Krait has no user site directory); also PYTHONNOUSERSITE");
        out.println("  -S             set sys.flags.no_site (Krait has no site module to skip)");
        out.println("  -t             accepted and ignored, as CPython 3.12 does");
        out.println("  -u             unbuffered stdout (stdout is block-buffered when not a terminal)");
        out.println("  -V, --version  print \"Python 3.12.1\" and exit (-VV: also Krait's and the JVM's version)");
        out.println("  -W arg         a warnings filter, action:message:category:module:lineno (sys.warnoptions);");
        out.println("                 also PYTHONWARNINGS=arg,arg...");
        out.println("  -x             do not run the script's first line (a #! line for another system)");
        out.println("  -X opt         an implementation option, kept in sys._xoptions: dev, utf8,");
        out.println("                 int_max_str_digits=N, warn_default_encoding, pycache_prefix=PATH,");
        out.println("                 faulthandler");
        out.println("  --engine=ast|bytecode");
        out.println("                 the execution engine (context option krait.Engine)");
        out.println("  --GROUP.NAME=VALUE");
        out.println("                 a polyglot option, e.g. --engine.TraceCompilation=true,");
        out.println("                 --engine.Compilation=false, --krait.Engine=bytecode;");
        out.println("                 --NAME alone means --NAME=true (e.g. --cpusampler)");
        out.println("file           program read from a script file");
        out.println("dir            a directory whose __main__.py runs (the directory is sys.path[0])");
        out.println("-              program read from stdin (the default when stdin is not a terminal)");
        out.println("arg ...        arguments passed to the program in sys.argv[1:]");
        out.println();
        out.println("With no program and a terminal on stdin, krait starts the interactive prompt");
        out.println("(history in ~/.krait_history).");
    }
}
