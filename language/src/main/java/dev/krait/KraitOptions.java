package dev.krait;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.Option;

/** Krait's context options ({@code --krait.Name=value} on the command line). */
@Option.Group(KraitLanguage.ID)
public final class KraitOptions {
    private KraitOptions() {
    }

    @Option(help = "Print an uncaught Python exception as CPython does and exit with status 1 (set by the krait command).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> ExitOnUncaught = new OptionKey<>(false);

    @Option(help = "Count references as CPython does, so that __del__ and weak reference callbacks run when the last reference goes " +
                    "(default true). When false, objects are left to the Java garbage collector: __del__ and weak reference callbacks never run.",
                    category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<Boolean> ReferenceCounting = new OptionKey<>(true);

    @Option(help = "Which engine runs Python code: 'ast' (the default: Truffle nodes, compiled by Graal) or 'bytecode' (CPython 3.12's " +
                    "instructions, run by a plain eval loop). The launcher's --engine flag sets it.",
                    category = OptionCategory.USER, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<String> Engine = new OptionKey<>("ast", new org.graalvm.options.OptionType<>("ast|bytecode", value -> {
        if (!value.equals("ast") && !value.equals("bytecode")) {
            throw new IllegalArgumentException("expected 'ast' or 'bytecode', got '" + value + "'");
        }
        return value;
    }));

    @Option(help = "The context's standard streams are the process's own (set by the krait command): child processes that " +
                    "subprocess starts use them directly, where otherwise a thread copies between them and the context's streams.",
                    category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<Boolean> InheritStandardStreams = new OptionKey<>(false);

    @Option(help = "The path of the command that started Krait: sys.executable (set by the krait command).",
                    category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<String> Executable = new OptionKey<>("");

    @Option(help = "The interpreter flags of python's command line, as sys.flags names them, comma-separated: safe_path (-P), " +
                    "isolated (-I), ignore_environment (-E), no_user_site (-s), no_site (-S), dont_write_bytecode (-B), " +
                    "bytes_warning (-b, twice: bytes_warning=2), inspect (-i), quiet (-q), optimize (-O, -OO: optimize=2), " +
                    "debug (-d), hash_randomization (-R) (set by the krait command).",
                    category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<String> Flags = new OptionKey<>("");

    @Option(help = "The -W options of python (sys.warnoptions after those of PYTHONWARNINGS), separated by NUL characters " +
                    "(set by the krait command).",
                    category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<String> WarnOptions = new OptionKey<>("");

    @Option(help = "The -X options of python (sys._xoptions: dev, utf8, int_max_str_digits=N, warn_default_encoding, any other " +
                    "NAME or NAME=VALUE), separated by NUL characters (set by the krait command).",
                    category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<String> XOptions = new OptionKey<>("");

    @Option(help = "Install CPython's start-up signal handler: SIGINT (Ctrl-C) raises KeyboardInterrupt in the main thread " +
                    "(set by the krait command for programs; an embedding keeps its own handlers until the program imports signal).",
                    category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<Boolean> InstallSignalHandlers = new OptionKey<>(false);
}
