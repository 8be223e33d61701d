VALUE = "subpkg"
