package dev.krait.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.KraitLanguage;

/**
 * The files of Krait's bundled standard library ({@code dev/krait/lib/} in the language jar or the classes
 * directory) read by their path relative to that directory ({@code json/__init__.py}): the data of resources
 * (importlib.resources, pkgutil.get_data) and the listing of its directories (pkgutil.iter_modules), whether the
 * library is a directory, a jar or a runtime image.
 */
public final class BundledResources {
    private BundledResources() {
    }

    /** Where the bundled library is, as a resource name. */
    private static final String ROOT = "/dev/krait/lib/";

    /** The entries of the library inside a jar: directory (relative, "" for the root) to its children's names. */
    private static TreeMap<String, TreeSet<String>> jarIndex;

    /** Whether {@code relative} names something inside the library: no absolute path, no "." or ".." part. */
    private static boolean isInside(String relative) {
        if (relative.startsWith("/") || relative.contains("\\")) {
            return false;
        }
        for (String part : relative.split("/", -1)) {
            if (part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String trimmed(String relative) {
        String name = relative;
        while (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    /** The bytes of the library's file at {@code relative}, or null when there is no such file. */
    @TruffleBoundary
    public static byte[] read(String relative) {
        String name = trimmed(relative);
        if (name.isEmpty() || !isInside(name) || list(name) != null) {
            return null;
        }
        URL url = KraitLanguage.class.getResource(ROOT + name);
        if (url == null) {
            return null;
        }
        try (InputStream stream = url.openStream()) {
            return stream.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** The names in the library's directory at {@code relative} ("" for the library itself), sorted; null if none. */
    @TruffleBoundary
    public static List<String> list(String relative) {
        String name = trimmed(relative);
        if (!isInside(name)) {
            return null;
        }
        URL root = KraitLanguage.class.getResource(ROOT + "os.py");
        if (root == null) {
            return null;
        }
        if ("jar".equals(root.getProtocol())) {
            TreeMap<String, TreeSet<String>> index = jarIndex(root);
            TreeSet<String> children = index == null ? null : index.get(name);
            return children == null ? null : new ArrayList<>(children);
        }
        try {
            Path directory = Path.of(root.toURI()).getParent();
            if (!name.isEmpty()) {
                directory = directory.resolve(name);
            }
            if (!Files.isDirectory(directory)) {
                return null;
            }
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
                for (Path child : stream) {
                    names.add(child.getFileName().toString());
                }
            }
            names.sort(null);
            return names;
        } catch (URISyntaxException | IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The directories of the library in the jar and their children, read once from the jar's entries. */
    private static synchronized TreeMap<String, TreeSet<String>> jarIndex(URL inJar) {
        if (jarIndex != null) {
            return jarIndex;
        }
        TreeMap<String, TreeSet<String>> index = new TreeMap<>();
        String prefix = ROOT.substring(1);
        try {
            JarURLConnection connection = (JarURLConnection) inJar.openConnection();
            connection.setUseCaches(true);
            JarFile jar = connection.getJarFile();
            index.put("", new TreeSet<>());
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (!entry.startsWith(prefix) || entry.length() == prefix.length()) {
                    continue;
                }
                String relative = trimmed(entry.substring(prefix.length()));
                // every directory on the way holds the next part (jars need not list directories as entries)
                String parent = "";
                for (String part : relative.split("/")) {
                    index.computeIfAbsent(parent, k -> new TreeSet<>()).add(part);
                    parent = parent.isEmpty() ? part : parent + "/" + part;
                }
                if (entry.endsWith("/")) {
                    index.computeIfAbsent(relative, k -> new TreeSet<>());
                }
            }
        } catch (IOException | ClassCastException e) {
            return null;
        }
        jarIndex = index;
        return index;
    }
}
