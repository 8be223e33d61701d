match {}:
    case {f"x": 1}:
        pass
