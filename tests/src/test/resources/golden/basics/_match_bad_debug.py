match 1:
    case [1, __debug__]:
        pass
