# shellcheck shell=bash disable=SC2034 # KRAIT_JAVA_HOME is for the scripts that source this file
# Sourced by krait and run-tests: sets KRAIT_JAVA_HOME to a JDK whose feature version is at least 25.
# JAVA_HOME wins when it points at one; otherwise the newest such JDK in the usual install places.
# The version comes from each JDK's `release` file, so no JVM is started.

krait_jdk_version() {
  # Prints the JAVA_VERSION of the JDK at $1 (e.g. 25.0.3), or nothing.
  local release="$1/release" line
  [ -f "$release" ] && [ -x "$1/bin/java" ] || return 1
  line=$(grep -m1 '^JAVA_VERSION=' "$release") || return 1
  line=${line#JAVA_VERSION=}
  line=${line//\"/}
  printf '%s\n' "$line"
}

krait_jdk_feature() {
  # 25.0.3 -> 25; 1.8.0_392 -> 8
  local v="$1"
  case "$v" in 1.*) v=${v#1.} ;; esac
  printf '%s\n' "${v%%[.+-]*}"
}

krait_find_jdk() {
  local minimum=25 candidate version feature best="" best_version=""
  if [ -n "${JAVA_HOME:-}" ] && version=$(krait_jdk_version "$JAVA_HOME"); then
    feature=$(krait_jdk_feature "$version")
    if [ "$feature" -ge "$minimum" ] 2>/dev/null; then
      KRAIT_JAVA_HOME=$JAVA_HOME
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/* /opt/java/* /opt/jdk*/* \
                   "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
                   /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] || continue
    [ -L "$candidate" ] && continue   # /usr/lib/jvm has alias links to the real directories
    version=$(krait_jdk_version "$candidate") || continue
    feature=$(krait_jdk_feature "$version")
    [ "$feature" -ge "$minimum" ] 2>/dev/null || continue
    if [ -z "$best" ] || [ "$(printf '%s\n%s\n' "$best_version" "$version" | sort -V | tail -n1)" = "$version" ]; then
      best=$candidate
      best_version=$version
    fi
  done
  if [ -z "$best" ]; then
    echo "krait: no JDK $minimum or newer found; set JAVA_HOME to one (e.g. Temurin 25)" >&2
    return 1
  fi
  KRAIT_JAVA_HOME=$best
}
