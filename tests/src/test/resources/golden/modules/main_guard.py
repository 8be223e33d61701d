def main(argv):
    print("main called with", len(argv), "argument(s)")
    return 0
print("module level, __name__ =", __name__)
if __name__ == "__main__":
    import sys
    main(sys.argv)
