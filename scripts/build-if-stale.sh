# shellcheck shell=bash
# Sourced by krait (after find-jdk.sh): keeps the launcher's run-time layout up to date, so a fresh clone needs no
# separate build step.
#
#   launcher/target/krait-launcher-*.jar, target/jars/   the module path (launcher, language, Truffle, polyglot, JLine)
#   launcher/target/compiler/                              the Graal compiler jar
#   launcher/target/runtime/                               a jlinked JDK without the jdk.graal.compiler module, so
#                                                          the compiler jar can sit on the plain module path and
#                                                          the JDK's AOT cache can be used (the cache refuses
#                                                          --upgrade-module-path)
#   launcher/target/krait.aot                              that AOT cache, recorded from a training run
#
# The runtime and the cache only make start-up faster: when either cannot be made, krait runs the plain JDK with
# the compiler on --upgrade-module-path.

krait_target() {
  printf '%s\n' "$KRAIT_HOME/launcher/target"
}

krait_build_stamp() {
  printf '%s\n' "$(krait_target)/krait-build.stamp"
}

krait_is_stale() {
  local stamp
  stamp=$(krait_build_stamp)
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$KRAIT_HOME/pom.xml" "$KRAIT_HOME/language" "$KRAIT_HOME/launcher" \
            \( -path "$KRAIT_HOME/language/target" -o -path "$KRAIT_HOME/launcher/target" \) -prune \
            -o -newer "$stamp" -type f -print -quit 2>/dev/null)" ]
}

# The cache records the jars it was made from; Maven rebuilding them (e.g. ./run-tests) makes it stale.
krait_aot_is_stale() {
  local target cache
  target=$(krait_target)
  cache="$target/krait.aot"
  [ "${KRAIT_AOT:-1}" != 0 ] || return 1
  [ -x "$target/runtime/bin/java" ] || return 1
  # A failed recording is retried only once the jars change.
  [ -f "$cache" ] || cache="$target/krait.aot.failed"
  [ -f "$cache" ] || return 0
  [ -n "$(find "$target/jars" "$target/compiler" "$target"/krait-launcher-*.jar "$KRAIT_HOME/scripts/aot-training.py" \
            "$KRAIT_HOME/scripts/build-if-stale.sh" \
            -newer "$cache" -print -quit 2>/dev/null)" ]
}

krait_build_if_stale() {
  krait_is_stale || krait_aot_is_stale || return 0
  local lock
  lock="${TMPDIR:-/tmp}/krait-build-$(printf '%s' "$KRAIT_HOME" | cksum | cut -d' ' -f1).lock"
  (
    # One build at a time; whoever waited finds the layout fresh and does nothing.
    flock 9
    if krait_is_stale; then
      echo "building Krait…" >&2
      krait_maven_package || exit 1
      krait_link_runtime
    fi
    if krait_aot_is_stale; then
      echo "recording Krait's start-up cache…" >&2
      krait_record_aot_cache
    fi
  ) 9>"$lock"
}

krait_maven_package() {
  local log stamp
  log=$(mktemp)
  stamp=$(krait_build_stamp)
  mkdir -p "$(dirname "$stamp")"
  # The stamp's time is taken before the build, so an edit made during the build makes it stale again.
  touch "$stamp.new"
  if ! (cd "$KRAIT_HOME" && JAVA_HOME="$KRAIT_JAVA_HOME" \
          MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
          mvn -q -B -Dmaven.test.skip=true -pl launcher -am package) </dev/null >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log" "$stamp.new"
    echo "krait: the build failed" >&2
    return 1
  fi
  rm -f "$log"
  mv "$stamp.new" "$stamp"
}

# The Java SE modules and the JDK modules Truffle and the compiler use, without jdk.graal.compiler.
KRAIT_RUNTIME_MODULES=java.se,jdk.unsupported,jdk.internal.vm.ci,jdk.management,jdk.jfr,jdk.management.jfr
KRAIT_RUNTIME_MODULES+=,jdk.zipfs,jdk.charsets,jdk.crypto.ec,jdk.net

krait_link_runtime() {
  local runtime marker
  runtime="$(krait_target)/runtime"
  marker="$KRAIT_JAVA_HOME $(krait_jdk_version "$KRAIT_JAVA_HOME") $KRAIT_RUNTIME_MODULES"
  [ "${KRAIT_AOT:-1}" != 0 ] || return 0
  if [ -x "$runtime/bin/java" ] && [ "$(cat "$runtime/krait-runtime.txt" 2>/dev/null)" = "$marker" ]; then
    return 0
  fi
  rm -rf "$runtime"
  if "$KRAIT_JAVA_HOME/bin/jlink" --add-modules "$KRAIT_RUNTIME_MODULES" --output "$runtime" \
       --generate-cds-archive --strip-debug --no-man-pages --no-header-files >/dev/null 2>&1; then
    printf '%s\n' "$marker" >"$runtime/krait-runtime.txt"
  else
    rm -rf "$runtime"
  fi
}

# A training run that parses and runs a little of everything; the JDK stores the classes it loaded and linked and
# the method profiles it gathered, so later runs start from there.
krait_record_aot_cache() {
  local target cache
  target=$(krait_target)
  cache="$target/krait.aot"
  rm -f "$cache" "$cache.config" "$target/krait.aot.failed"
  krait_java_command || return 0
  (cd "$KRAIT_HOME" && "${KRAIT_JAVA_COMMAND[@]}" -XX:AOTCacheOutput="$cache" \
      -m dev.krait.launcher/dev.krait.launcher.KraitMain scripts/aot-training.py) </dev/null >/dev/null 2>&1 || true
  rm -f "$cache.config"
  [ -f "$cache" ] || touch "$target/krait.aot.failed"
}

# Sets KRAIT_JAVA_COMMAND to the JVM and the flags that run the launcher with the Graal JIT.
krait_java_command() {
  local target launcher_jar="" jar
  target=$(krait_target)
  for jar in "$target"/krait-launcher-*.jar; do
    case "$jar" in *-sources.jar|*-javadoc.jar) ;; *) launcher_jar=$jar ;; esac
  done
  if [ -z "$launcher_jar" ]; then
    echo "krait: the launcher jar is missing; delete $(krait_build_stamp) to rebuild" >&2
    return 1
  fi
  KRAIT_JAVA_COMMAND=()
  if [ "${KRAIT_AOT:-1}" != 0 ] && [ -x "$target/runtime/bin/java" ]; then
    KRAIT_JAVA_COMMAND+=("$target/runtime/bin/java" --module-path "$launcher_jar:$target/jars:$target/compiler")
  else
    KRAIT_JAVA_COMMAND+=("$KRAIT_JAVA_HOME/bin/java" --upgrade-module-path "$target/compiler"
                         --module-path "$launcher_jar:$target/jars")
  fi
  # shellcheck disable=SC2054 # the commas belong to the option values
  # -Xss: a Python call takes several Java frames in the interpreter; 16 MB lets recursion reach CPython's default
  # limit of 1000 (1 MB, the default, stops near 500).
  # -XX:+UseParallelGC: on 2 cores G1's concurrent threads compete with the program; the parallel collector gave
  # 15-40% shorter steady-state iterations on the benchmarks (measured 2026-11-22).
  # krait.language (the language jar as an automatic module) calls the C library (kill, alarm, setitimer) through
  # java.lang.foreign.
  KRAIT_JAVA_COMMAND+=(--add-modules ALL-MODULE-PATH
    -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI
    --enable-native-access=org.graalvm.truffle,org.jline,krait.language,ALL-UNNAMED
    --sun-misc-unsafe-memory-access=allow
    -Xss16m -XX:+UseParallelGC)
}
