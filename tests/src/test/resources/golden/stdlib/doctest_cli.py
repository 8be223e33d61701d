# The command line of doctest (python -m doctest): -v, -o OPTION, -f, .py modules and text files, exit status.
import doctest
import io
import os
import sys

here = os.getcwd()
with open(os.path.join(here, "_doctest_cli.txt"), "w") as stream:
    stream.write("Text.\n\n>>> 1 + 1\n2\n>>> 'x'\n'y'\n")


def run(*args):
    sys.argv = ["doctest.py", *args]
    saved_out, saved_err = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = captured = io.StringIO()
    try:
        status = doctest._test()
    except SystemExit as exit:
        status = "SystemExit %s" % exit.code
    finally:
        sys.stdout, sys.stderr = saved_out, saved_err
    print("$ doctest", " ".join(args))
    print(captured.getvalue().replace(here + os.sep, ""), end="")
    print("status", status)


try:
    run("_doctest_sample.py")
    run("-v", "_doctest_sample.py")
    run("-o", "ELLIPSIS", "-f", "_doctest_sample.py")
    run("-o", "REPORT_NDIFF", "_doctest_cli.txt", "_doctest_sample.py")
    run("-o", "NOT_A_FLAG", "_doctest_sample.py")
    run()
    run("-h")
    print(sys.modules["_doctest_sample"].__file__ == os.path.join(here, "_doctest_sample.py"))
finally:
    os.remove(os.path.join(here, "_doctest_cli.txt"))
