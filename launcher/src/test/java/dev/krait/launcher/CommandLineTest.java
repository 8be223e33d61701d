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
}
