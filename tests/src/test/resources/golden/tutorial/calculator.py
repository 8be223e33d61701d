def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("num", float(text[i:j])))
            i = j
        elif ch in "+-*/()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs
        return value
    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if val == "-":
            return -self.factor()
        if val == "(":
            inner = self.expr()
            if self.take()[1] != ")":
                raise SyntaxError("expected )")
            return inner
        raise SyntaxError(f"unexpected token {val!r}")
def calc(text):
    return Parser(tokenize(text)).expr()
for expression in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2.5 - 0.5) * 4", "2 * (3 + (4 - 1)) / 3"]:
    print(f"{expression:<24} = {calc(expression):g}")
for bad in ["2 +", "3 $ 4", "(1 + 2", "1 / 0"]:
    try:
        print(calc(bad))
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
