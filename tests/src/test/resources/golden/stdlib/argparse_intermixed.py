# argparse: parse_intermixed_args and parse_known_intermixed_args.
import argparse, io, sys
p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
print(p.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(p.parse_known_args("doit 1 --foo bar 2 3".split()))
print(p.parse_known_intermixed_args("doit 1 --foo bar 2 --zz 3".split()))
err = io.StringIO(); old = sys.stderr; sys.stderr = err
try:
    p.parse_intermixed_args(["--foo", "x"])
except SystemExit as e:
    print("exit", e.code)
sys.stderr = old
print(err.getvalue(), end="")
print(p.format_usage(), end="")
s = argparse.ArgumentParser(prog="s")
s.add_subparsers()
try:
    s.parse_intermixed_args([])
except TypeError as e:
    print("TypeError:", e)
