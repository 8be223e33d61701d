/** The krait command: parses a python-like command line and runs Krait through the polyglot API. */
module dev.krait.launcher {
    requires org.graalvm.polyglot;
    requires org.jline;
}
