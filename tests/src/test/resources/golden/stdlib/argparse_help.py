import argparse, os, sys, io
os.environ["COLUMNS"] = "60"
p = argparse.ArgumentParser(prog="tool", formatter_class=argparse.RawDescriptionHelpFormatter,
    description="""First line
    indented line

  last line""", epilog="epi  log\n  kept")
grp = p.add_argument_group("network", "Options controlling the network connection, described at some length here.")
grp.add_argument("--host", default="localhost", help="the host name to connect to when the service is started and running")
grp.add_argument("--port", type=int, default=8080)
p.add_argument("items", nargs=2, metavar="ITEM")
print(p.format_help())
os.environ["COLUMNS"] = "100"
q = argparse.ArgumentParser(prog="t2", formatter_class=argparse.RawTextHelpFormatter)
q.add_argument("--fmt", help="line one\n  line two\nline three")
q.print_help()
del os.environ["COLUMNS"]
r = argparse.ArgumentParser(prog="t3", formatter_class=argparse.ArgumentDefaultsHelpFormatter, add_help=False)
r.add_argument("--size", type=int, default=5, help="size")
r.add_argument("--name", default="bob")
r.add_argument("pos", nargs="?", default="x", help="p")
r.add_argument("req", help="r")
r.add_argument("--flag", action="store_true", help="a flag")
r.print_help()
r.print_usage()
longp = argparse.ArgumentParser(prog="a-very-long-program-name-that-takes-up-most-of-the-line-width-really")
for i in range(6):
    longp.add_argument("--option-%d" % i, metavar="VALUE%d" % i)
longp.add_argument("input")
longp.add_argument("output", nargs="+")
print(longp.format_usage())
e = argparse.ArgumentParser(prog="e", exit_on_error=False)
e.add_argument("--n", type=int)
try:
    e.parse_args(["--n", "q"])
except argparse.ArgumentError as ex:
    print("ArgumentError:", ex)
try:
    e.add_argument("--n")
except argparse.ArgumentError as ex:
    print("ArgumentError:", ex)
try:
    e.add_argument("x", required=True)
except TypeError as ex:
    print("TypeError:", ex)
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % s)
    return v
f = argparse.ArgumentParser(prog="f")
f.add_argument("num", type=positive)
f.add_argument("-x", type=float, default="1.5")
old = sys.stderr; sys.stderr = io.StringIO()
try:
    f.parse_args(["-3"])
except SystemExit as ex:
    msg = sys.stderr.getvalue(); sys.stderr = old
    print(ex.code, msg, end="")
sys.stderr = old
print(f.parse_args(["4"]))
print(f.parse_args(["4", "-x", "-2"]) if False else f.parse_args(["-x", "2", "4"]))
print(repr(f)[:60])
print(f._actions[1].dest, f._actions[1].required)
print(argparse.ArgumentParser().prog)
print(argparse.ArgumentParser().format_usage(), end="")
