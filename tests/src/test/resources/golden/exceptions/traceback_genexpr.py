def check(v):
    if v > 2:
        raise ValueError(f"too big: {v}")
    return v

squares = [check(x) for x in range(2)]
print("squares", squares)
total = sum(check(x) for x in range(5))
