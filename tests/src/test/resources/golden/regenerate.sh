#!/bin/bash
# Regenerates the expected outputs of the golden programs from CPython 3.12.
#
# For every program AREA/NAME.py (files whose names start with "_" are helper modules, not programs) this runs
# `python3 NAME.py </dev/null` from AREA/ and writes NAME.out (stdout), NAME.err (stderr, only when non-empty)
# and NAME.code (exit status, only when non-zero). CPython 3.12 makes the script path absolute in tracebacks, so
# the absolute directory prefix is removed from stderr: a traceback names "NAME.py" (or "_helper.py"), the same
# relative name GoldenTest normalizes Krait's output to.
# PYTHONHASHSEED=0, as GoldenTest runs Krait: sets of strs iterate in the same order.
#
# Usage: ./regenerate.sh [AREA/NAME.py ...]   (no arguments: every program)
set -euo pipefail
cd "$(dirname "$0")"
export PYENV_VERSION=3.12.1 PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8 PYTHONHASHSEED=0
if ! python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))'; then
    echo "regenerate.sh needs CPython 3.12 as python3 (PYENV_VERSION=$PYENV_VERSION)" >&2
    exit 2
fi
if [ $# -eq 0 ]; then
    set -- $(find . -mindepth 2 -name '*.py' ! -name '_*' | sed 's|^\./||' | sort)
fi
for program in "$@"; do
    dir=$(dirname "$program")
    name=$(basename "$program" .py)
    (
        cd "$dir"
        status=0
        python3 "$name.py" </dev/null >"$name.out" 2>"$name.err.tmp" || status=$?
        sed "s|$PWD/||g" "$name.err.tmp" >"$name.err"
        rm -f "$name.err.tmp"
        [ -s "$name.err" ] || rm -f "$name.err"
        if [ "$status" -ne 0 ]; then echo "$status" >"$name.code"; else rm -f "$name.code"; fi
    )
    echo "$program"
done
