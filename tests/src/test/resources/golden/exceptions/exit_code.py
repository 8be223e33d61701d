import sys
def main():
    print("checking input")
    errors = ["missing field", "bad value"]
    for e in errors:
        print("error:", e, file=sys.stderr)
    return len(errors)
if __name__ == "__main__":
    status = main()
    try:
        sys.exit(status)
    finally:
        print("finally runs before exit")
