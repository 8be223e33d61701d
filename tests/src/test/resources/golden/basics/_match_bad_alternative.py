match 1:
    case [a] | a | 2:
        pass
