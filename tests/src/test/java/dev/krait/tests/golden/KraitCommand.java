package dev.krait.tests.golden;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code krait} command for the golden programs' {@code sys.executable}: a shell script that starts the launcher
 * on a JVM set up as this test JVM is (its options, module path and class path), so a program that starts Krait
 * again (subprocess with sys.executable, multiprocessing's spawned children) runs the Krait under test. The children
 * run short and many start at once on few cores: they leave out the Graal compiler (Truffle then interprets), have
 * every jar on the class path (a JVM whose Truffle is on the module path prints a "Runtime.exit logging failed"
 * line when SIGTERM ends it), and use the serial collector and the first JIT tier, which start several times
 * faster.
 */
final class KraitCommand {
    private static Path script;

    private KraitCommand() {
    }

    static synchronized String path() {
        if (script == null) {
            script = write();
        }
        return script.toString();
    }

    private static Path write() {
        try {
            Path file = Files.createTempFile("krait-under-test", ".sh",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            file.toFile().deleteOnExit();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (option.startsWith("-Xss")) {
                    command.add(option);
                }
            }
            command.add("--enable-native-access=ALL-UNNAMED");
            command.add("--sun-misc-unsafe-memory-access=allow");
            command.add("-XX:+UseSerialGC");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-Dpolyglot.engine.WarnInterpreterOnly=false");
            command.add("-Dkrait.executable=" + file);
            // everything on the class path, as the krait script without the compiler has it
            String modulePath = System.getProperty("jdk.module.path", "");
            String classPath = System.getProperty("java.class.path");
            command.add("-cp");
            command.add(modulePath.isEmpty() ? classPath : modulePath + File.pathSeparator + classPath);
            command.add("dev.krait.launcher.KraitMain");
            StringBuilder text = new StringBuilder("#!/bin/sh\nexec");
            for (String word : command) {
                text.append(" '").append(word.replace("'", "'\\''")).append('\'');
            }
            text.append(" \"$@\"\n");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
