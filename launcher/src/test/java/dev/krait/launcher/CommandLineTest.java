package dev.krait.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The command line as CPython reads it, and the sys.argv the language is given. */
class CommandLineTest {

    private static CommandLine parse(String... args) throws CommandLine.UsageException {
        return CommandLine.parse(args);
    }

    @Test
    void scriptGetsItsPathAndArgumentsInArgv() throws Exception {
        CommandLine line = parse("dir/prog.py", "-c", "--engine.X=1");
        assertEquals(CommandLine.Mode.FILE, line.mode);
        assertEquals("dir/prog.py", line.target);
        assertArrayEquals(new String[] {"dir/prog.py", "-c", "--engine.X=1"}, line.pythonArgv());
        assertTrue(line.polyglotOptions.isEmpty(), "options after the script belong to the program");
    }

    @Test
    void commandGetsDashCInArgv() throws Exception {
        CommandLine line = parse("-c", "print(1)", "a", "b");
        assertEquals(CommandLine.Mode.COMMAND, line.mode);
        assertEquals("print(1)", line.target);
        assertArrayEquals(new String[] {"-c", "a", "b"}, line.pythonArgv());
    }

    @Test
    void moduleGetsItsNameInArgv() throws Exception {
        CommandLine line = parse("-m", "json.tool", "x");
        assertEquals(CommandLine.Mode.MODULE, line.mode);
        assertArrayEquals(new String[] {"json.tool", "x"}, line.pythonArgv());
    }

    @Test
    void attachedArgumentsAreAccepted() throws Exception {
        assertEquals("pass", parse("-cpass").target);
        assertEquals("timeit", parse("-mtimeit").target);
    }

    @Test
    void noProgramMeansTheInteractivePromptWithAnEmptyArgv0() throws Exception {
        CommandLine line = parse("-q");
        assertEquals(CommandLine.Mode.REPL, line.mode);
        assertTrue(line.quiet);
        assertArrayEquals(new String[] {""}, line.pythonArgv());
    }

    @Test
    void dashReadsStdin() throws Exception {
        CommandLine line = parse("-", "x");
        assertEquals(CommandLine.Mode.STDIN, line.mode);
        assertArrayEquals(new String[] {"-", "x"}, line.pythonArgv());
    }

    @Test
    void polyglotOptionsBeforeTheProgramArePassedOn() throws Exception {
        CommandLine line = parse("--engine.TraceCompilation=true", "--cpusampler", "--engine=bytecode", "p.py");
        assertEquals(Map.of("engine.TraceCompilation", "true", "cpusampler", "true", "krait.Engine", "bytecode"),
                line.polyglotOptions);
    }

    @Test
    void versionAndHelp() throws Exception {
        assertEquals(CommandLine.Mode.VERSION, parse("--version").mode);
        assertEquals(CommandLine.Mode.VERSION, parse("-V").mode);
        assertEquals(1, parse("-V", "-c", "pass").versionCount, "-V wins over a program, as in CPython");
        assertEquals(2, parse("-VV").versionCount);
        assertEquals(2, parse("-V", "--version").versionCount);
        assertEquals("Python 3.12.1", KraitMain.versionText(1));
        assertTrue(KraitMain.versionText(2).startsWith("Python 3.12.1 (Krait 0.1.0) ["), KraitMain.versionText(2));
        assertEquals(CommandLine.Mode.HELP, parse("-h").mode);
        assertEquals(CommandLine.Mode.HELP, parse("--help").mode);
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        assertThrows(CommandLine.UsageException.class, () -> parse("-c"));
        assertThrows(CommandLine.UsageException.class, () -> parse("-Z"));
    }

    @Test
    void interpreterFlagsBecomeTheFlagsOption() throws Exception {
        CommandLine line = parse("-P", "-E", "-c", "code", "-I");
        assertEquals(CommandLine.Mode.COMMAND, line.mode);
        assertEquals("code", line.target);
        assertEquals("safe_path,ignore_environment", line.polyglotOptions.get("krait.Flags"));
        assertArrayEquals(new String[] {"-c", "-I"}, line.pythonArgv());
        assertTrue(parse("-c", "pass").polyglotOptions.isEmpty(), "no flags, no option");
    }

    @Test
    void singleLetterOptionsCombineAsInPython() throws Exception {
        CommandLine line = parse("-IPc", "import sys", "a");
        assertEquals(CommandLine.Mode.COMMAND, line.mode);
        assertEquals("import sys", line.target);
        assertEquals("isolated,safe_path", line.polyglotOptions.get("krait.Flags"));
        assertArrayEquals(new String[] {"-c", "a"}, line.pythonArgv());
        CommandLine module = parse("-Esmjson.tool");
        assertEquals(CommandLine.Mode.MODULE, module.mode);
        assertEquals("json.tool", module.target);
        assertEquals("ignore_environment,no_user_site", module.polyglotOptions.get("krait.Flags"));
        assertEquals("bytes_warning=2,quiet", parse("-bbq").polyglotOptions.get("krait.Flags"));
        assertTrue(parse("-qi").inspect);
        assertThrows(CommandLine.UsageException.class, () -> parse("-Ic"));
        assertThrows(CommandLine.UsageException.class, () -> parse("-PZ"));
    }

    @Test
    void optimizeAndDebugCount() throws Exception {
        assertEquals("optimize=5", parse("-OO", "-OOO", "-c", "pass").polyglotOptions.get("krait.Flags"));
        assertEquals("optimize,debug", parse("-Od", "x.py").polyglotOptions.get("krait.Flags"));
        assertEquals("hash_randomization", parse("-R", "-t", "x.py").polyglotOptions.get("krait.Flags"));
    }

    @Test
    void warningAndImplementationOptionsKeepTheirOrder() throws Exception {
        CommandLine line = parse("-W", "error", "-Wignore::DeprecationWarning", "-X", "dev", "-Xint_max_str_digits=900", "-W", "ba,r", "-c", "pass");
        assertEquals(java.util.List.of("error", "ignore::DeprecationWarning", "ba,r"), line.warnOptions);
        assertEquals(java.util.List.of("dev", "int_max_str_digits=900"), line.xOptions);
        assertEquals("error\0ignore::DeprecationWarning\0ba,r", line.polyglotOptions.get("krait.WarnOptions"));
        assertEquals("dev\0int_max_str_digits=900", line.polyglotOptions.get("krait.XOptions"));
        assertEquals(java.util.List.of("-c"), parse("-X", "-c", "pass").xOptions, "-X takes the next argument, whatever it is");
        assertThrows(CommandLine.UsageException.class, () -> parse("-W"));
        assertThrows(CommandLine.UsageException.class, () -> parse("-bX"));
        assertTrue(parse("-c", "pass").polyglotOptions.isEmpty());
    }

    @Test
    void skipFirstLine() throws Exception {
        CommandLine line = parse("-x", "prog.py", "-x");
        assertTrue(line.skipFirstLine);
        assertEquals("prog.py", line.target);
        assertArrayEquals(new String[] {"prog.py", "-x"}, line.pythonArgv());
    }

    @Test
    void startupRefusesWhatCPythonRefuses() throws Exception {
        assertEquals(null, StartupChecks.check(parse("-c", "pass"), Map.of("PYTHONHASHSEED", "42")));
        assertEquals(null, StartupChecks.check(parse("-c", "pass"), Map.of("PYTHONHASHSEED", "random")));
        assertEquals("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range "
                + "[0; 4294967295]\nPython runtime state: preinitialized\n",
                StartupChecks.check(parse("-c", "pass"), Map.of("PYTHONHASHSEED", "4294967296")));
        assertEquals(null, StartupChecks.check(parse("-E", "-c", "pass"), Map.of("PYTHONHASHSEED", "x")), "-E: not read");
        assertTrue(StartupChecks.check(parse("-X", "int_max_str_digits=639", "-c", "pass"), Map.of())
                .contains("-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited."));
        assertEquals(null, StartupChecks.check(parse("-X", "int_max_str_digits=0", "-c", "pass"), Map.of("PYTHONINTMAXSTRDIGITS", "1")),
                "-X wins over the environment");
        assertTrue(StartupChecks.check(parse("-c", "pass"), Map.of("PYTHONINTMAXSTRDIGITS", "1")).contains("PYTHONINTMAXSTRDIGITS: invalid limit"));
        assertTrue(StartupChecks.check(parse("-X", "utf8=2", "-c", "pass"), Map.of()).contains("invalid -X utf8 option value"));
        assertEquals(null, StartupChecks.check(parse("-X", "utf8", "-X", "utf8=0", "-c", "pass"), Map.of()));
    }
}
