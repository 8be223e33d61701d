class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.parse_item(t) for t in self.text.split(",")]

    def parse_item(self, token):
        return int(token.strip())

p = Parser("1, 2, three")
print(Parser("4,5").parse())
p.parse()
