# argparse: parents, conflict resolution, subparser groups, prefix_chars, negative numbers, SUPPRESS, definition errors.
import argparse, sys, io, os
os.environ["COLUMNS"] = "50"
def run(parser, args):
    err = io.StringIO(); old = sys.stderr; sys.stderr = err
    try:
        print("ok:", parser.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = old
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--config", help="path to the configuration file that should be loaded before anything else happens")
p = argparse.ArgumentParser(prog="wrap", parents=[parent], conflict_handler="resolve", argument_default=None)
p.add_argument("-c", "--config", dest="cfg", help="overrides the parent's config option")
p.add_argument("first_positional_argument", help="x" * 30 + " " + "y" * 30)
p.add_argument("second_positional_argument", nargs="*")
p.add_argument("--level", nargs="?", const="mid", default="low", choices=["low", "mid", "high"])
p.add_argument("-1", dest="one", action="store_true")
sub = p.add_subparsers(title="commands", description="available commands", metavar="COMMAND")
a = sub.add_parser("alpha", help="first")
a.add_argument("--deep", type=int, required=True)
sub.add_parser("beta", help="second", description="beta does b")
print(p.format_help())
run(p, ["pos", "alpha", "--deep", "3"])
run(p, ["pos", "s1", "s2", "--level", "beta"])
run(p, ["pos", "--level", "alpha", "--deep", "1"])
run(p, ["-1", "pos", "-1"])
run(p, ["pos", "-2"])
run(p, ["pos", "alpha"])
run(p, ["pos", "--level=high", "beta", "-h"])
n = argparse.ArgumentParser(prog="neg", prefix_chars="-+")
n.add_argument("+x", action="store_true")
n.add_argument("nums", nargs="+", type=float)
run(n, ["+x", "-1.5", "2"])
run(n, ["-.5", "+x"])
print(n.format_usage(), end="")
try:
    p.add_argument("--bad", nargs=2, metavar=("A",))
except ValueError as e:
    print("ValueError:", e)
try:
    p.add_argument("--bad2", action="nope")
except ValueError as e:
    print("ValueError:", e)
try:
    p.add_argument("--bad3", type="int")
except ValueError as e:
    print("ValueError:", e)
try:
    p.add_argument("bad4", dest="x")
except ValueError as e:
    print("ValueError:", e)
try:
    p.add_argument("--bad5", action="store", nargs=0)
except ValueError as e:
    print("ValueError:", e)
try:
    parent.add_argument("--config")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
err = io.StringIO(); old = sys.stderr; sys.stderr = err
try:
    p.add_subparsers()
except SystemExit as e:
    print("exit", e.code)
sys.stderr = old
print(err.getvalue(), end="")
u = argparse.ArgumentParser(prog="u", usage="%(prog)s [options] file", add_help=False, allow_abbrev=False)
u.add_argument("--verbose", action="store_true")
u.add_argument("file")
print(u.format_help())
run(u, ["--verb", "f"])
h = argparse.ArgumentParser(prog="hid")
h.add_argument("--secret", help=argparse.SUPPRESS)
h.add_argument("--shown", default=argparse.SUPPRESS)
mg = h.add_mutually_exclusive_group()
mg.add_argument("--a", action="store_true")
mg.add_argument("--b", action="store_true", help=argparse.SUPPRESS)
mg.add_argument("--c", action="store_true")
print(h.format_help())
run(h, [])
run(h, ["--shown", "1", "--secret", "s"])
ns = argparse.Namespace(pre=1)
print(h.parse_args(["--a"], namespace=ns), ns.pre)
print(h.parse_known_args(["--zz", "--a", "q"]))
v = argparse.ArgumentParser(prog="ver")
v.add_argument("-V", action="version", version="ver 2.0\nsecond line")
run(v, ["-V"])
