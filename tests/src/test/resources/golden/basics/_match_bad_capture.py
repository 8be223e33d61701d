x = 1
match x:
    case 1:
        pass
    case y:
        pass
    case 2:
        pass
