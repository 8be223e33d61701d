# A frozen package for tests, as CPython 3.12 has it (with the submodules spam and ham.eggs).
initialized = True


def main():
    print("Hello world!")


if __name__ == "__main__":
    main()
