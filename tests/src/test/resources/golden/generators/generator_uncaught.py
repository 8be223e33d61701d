def parse_numbers(lines):
    for number, line in enumerate(lines, 1):
        yield number, float(line)

def total(lines):
    result = 0.0
    for number, value in parse_numbers(lines):
        print(f"line {number}: {value}")
        result += value
    return result

print(total(["1.5", "2.5"]))
print(total(["3", "four", "5"]))
