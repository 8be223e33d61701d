# An uncaught parse error prints the usage and "prog: error: ..." to stderr and exits with status 2.
import argparse

parser = argparse.ArgumentParser(description="Copy things.")
parser.add_argument("source")
parser.add_argument("--times", type=int, default=1)
print(parser.parse_args(["a", "--times", "2"]))
parser.parse_args(["a", "--times", "two"])
print("not reached")
