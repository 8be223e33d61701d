class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if self.is_empty():
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def is_empty(self):
        return not self._items
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
class Queue:
    def __init__(self):
        self._in, self._out = [], []
    def enqueue(self, item):
        self._in.append(item)
    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
s = Stack()
for ch in "abc":
    s.push(ch)
print(s, len(s), s.peek(), s.pop(), s)
def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in expr:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.is_empty() or st.pop() != pairs[ch]:
                return False
    return st.is_empty()
for e in ["(a[b]{c})", "(]", "((", "{[()()]}"]:
    print(e, balanced(e))
q = Queue()
for i in range(4):
    q.enqueue(i)
print(q.dequeue(), q.dequeue())
q.enqueue(99)
print([q.dequeue() for _ in range(len(q))])
def rpn(tokens):
    st = Stack()
    for tok in tokens.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.push({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            st.push(float(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"))
empty = Stack()
empty.pop()
