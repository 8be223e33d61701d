# A stream for unittest runners whose report does not depend on the time: "Ran N tests in 0.001s" loses its time.


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def text(self):
        lines = "".join(self.parts).split("\n")
        for i, line in enumerate(lines):
            if line.startswith("Ran ") and " in " in line:
                lines[i] = line[:line.index(" in ")] + " in TIME"
        return "\n".join(lines)
