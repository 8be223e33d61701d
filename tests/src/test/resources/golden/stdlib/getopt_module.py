# getopt: short and long options, gnu_getopt, CPython's GetoptError messages
import getopt
print(getopt.getopt(["-a", "-bval", "-c", "x", "file", "-d"], "ab:c:d"))
print(getopt.getopt(["--alpha", "--beta=1", "--gam", "2", "rest"], "", ["alpha", "beta=", "gamma="]))
print(getopt.gnu_getopt(["file", "-a", "--", "-b"], "ab"))
print(getopt.getopt(["-", "x"], "a"))
for args, short, long in ((["-z"], "a", []), (["-b"], "b:", []), (["--nope"], "", ["yes"]), (["--yes=1"], "", ["yes"]),
                          (["--x"], "", ["xa", "xb"]), (["--req"], "", ["req="])):
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print(type(e).__name__, e, repr(e.opt), e.msg)
