# Line events of loops: the header's line on every jump back, break/continue/else, comprehensions.
from _show import run_traced


def for_loop():
    total = 0
    for i in range(3):
        total += i
    return total


def while_loop():
    i = 0
    while i < 3:
        i += 1
    return i


def while_true():
    n = 0
    while True:
        n += 1
        if n == 2:
            break
    return n


def continue_and_else():
    seen = []
    for i in range(4):
        if i % 2:
            continue
        seen.append(i)
    else:
        seen.append("done")
    return seen


def nested_loops():
    pairs = 0
    for a in range(2):
        for b in range(2):
            pairs += 1
    return pairs


def loop_over_list():
    out = []
    for word in ["a", "b"]:
        out.append(word.upper())
    return out


def comprehensions():
    squares = [x * x for x in range(3)]
    evens = {x for x in range(4) if x % 2 == 0}
    table = {k: v for k, v in zip("ab", (1, 2))}
    lazy = sum(x for x in range(2))
    return squares, sorted(evens), table, lazy


def one_line_loop():
    n = 0
    for i in range(3): n += i
    return n


def empty_loop():
    for i in []:
        pass
    while False:
        pass
    return "empty"


for case in (for_loop, while_loop, while_true, continue_and_else, nested_loops, loop_over_list, comprehensions,
             one_line_loop, empty_loop):
    print("--", run_traced(case))
