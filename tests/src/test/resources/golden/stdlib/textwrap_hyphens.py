# How textwrap cuts words: after inner hyphens of longer words, around em-dashes, sentence endings
import textwrap

text = "You can also do--this or even---this. The well-known e-mail of a self-made over-the-top co-op x-y."
for width in (10, 15, 20, 30):
    print(width, textwrap.wrap(text, width))
print(textwrap.TextWrapper(width=20, break_on_hyphens=False).wrap(text))
wrapper = textwrap.TextWrapper(width=1000)
for sample in ("what the--hey!", "e-mail", "ab-cd-ef", "--dash at start", "a-b-c-d", "1-2 and 3--4", "x--", "Mr.--Hyde"):
    print(repr(sample), wrapper._split(sample))
fixer = textwrap.TextWrapper(width=60, fix_sentence_endings=True)
print(fixer.wrap('I say, chaps! Anyone for "tennis?" Hmmph! Yes. No. Dr. Who? OK.'))
print(textwrap.fill("Hello there, how are you this fine day?  I'm glad to hear it!", 12))
