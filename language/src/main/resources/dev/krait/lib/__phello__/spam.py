# A frozen submodule of the test package __phello__, as CPython 3.12 has it.
initialized = True


def main():
    print("Hello world!")


if __name__ == "__main__":
    main()
