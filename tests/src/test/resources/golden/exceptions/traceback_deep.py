def level_a(x):
    return level_b(x * 2)

def level_b(y):
    values = [1, 2, 3]
    return level_c(values, y)

def level_c(vals, idx):
    total = 0
    for v in vals:
        total += v
    return vals[idx] + total

print("about to fail")
print(level_a(1))
print(level_a(5))
