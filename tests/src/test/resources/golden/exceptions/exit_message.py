import sys
print("before")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
sys.stdout.flush()
sys.exit("fatal: configuration missing")
