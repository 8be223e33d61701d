match 1:
    case [*a, 1, *b]:
        pass
