def outer():
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise ValueError("second")
        except ValueError as inner:
            print("inner context:", repr(inner.__context__))
            raise KeyError("third")

outer()
