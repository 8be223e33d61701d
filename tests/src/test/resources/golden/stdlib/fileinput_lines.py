# fileinput: lines of several files as one stream (line numbers, file names, first lines, nextfile), the
# module-level state and its errors, binary mode, openhooks (encoded, gzip), in-place editing with backups,
# stdin ('-'), and the constructor's errors.
import fileinput
import gzip
import io
import os
import sys
import tempfile

root = tempfile.mkdtemp()
os.chdir(root)
for name, text in [('one.txt', 'a1\na2\n'), ('two.txt', 'b1\nb2\nb3'), ('empty.txt', ''), ('three.txt', 'c1\n')]:
    with open(name, 'w') as f:
        f.write(text)

with fileinput.input(['one.txt', 'empty.txt', 'two.txt', 'three.txt']) as stream:
    for line in stream:
        print(repr(line), stream.filename(), stream.lineno(), stream.filelineno(), stream.isfirstline(),
              stream.isstdin())
    print(stream.filename(), stream.lineno(), stream.fileno())

for line in fileinput.input(('one.txt', 'two.txt')):
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), repr(line))
    if fileinput.filelineno() == 1:
        fileinput.nextfile()
print(fileinput.lineno())
try:
    fileinput.input('one.txt')
except RuntimeError as e:
    print('RuntimeError', e)
fileinput.close()
for call in (fileinput.filename, fileinput.lineno, fileinput.nextfile, fileinput.isstdin, fileinput.fileno):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError', e)

stream = fileinput.FileInput('one.txt', mode='rb')
print(list(stream), stream.readline())
stream = fileinput.FileInput(['one.txt', 'two.txt'])
print([stream.readline() for _ in range(7)])
from pathlib import Path
print(list(fileinput.FileInput(Path('three.txt'))))

with open('latin.txt', 'wb') as f:
    f.write('café\n'.encode('latin-1'))
print(list(fileinput.input('latin.txt', openhook=fileinput.hook_encoded('latin-1'))))
fileinput.close()
print(list(fileinput.FileInput('latin.txt', encoding='latin-1')))
print(list(fileinput.FileInput('latin.txt', encoding='utf-8', errors='replace')))
with gzip.open('data.gz', 'wb') as f:
    f.write(b'zipped 1\nzipped 2\n')
print(list(fileinput.FileInput(['data.gz', 'one.txt'], openhook=fileinput.hook_compressed)))
print(list(fileinput.FileInput('data.gz', mode='rb', openhook=fileinput.hook_compressed)))

# in place
with fileinput.input(['one.txt', 'two.txt'], inplace=True, backup='.orig') as stream:
    for line in stream:
        print(line.upper().rstrip('\n') + '!')
print(open('one.txt').read(), open('two.txt').read(), open('one.txt.orig').read(), sep='|')
with fileinput.input('three.txt', inplace=True) as stream:
    for line in stream:
        sys.stdout.write('>' + line)
print(open('three.txt').read(), os.path.exists('three.txt.bak'), sorted(os.listdir('.')))

# stdin
sys.stdin = io.StringIO('from stdin 1\nfrom stdin 2\n')
for line in fileinput.input('-'):
    print(repr(line), fileinput.filename(), fileinput.isstdin(), fileinput.lineno())
fileinput.close()
sys.argv[1:] = ['three.txt']
print(list(fileinput.FileInput()))

for kwargs in [dict(mode='w'), dict(mode='rU'), dict(inplace=True, openhook=open), dict(openhook=42)]:
    try:
        fileinput.FileInput('one.txt', **kwargs)
    except ValueError as e:
        print('ValueError', e)
try:
    list(fileinput.FileInput('missing.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(fileinput.FileInput[str], fileinput.__all__)
import shutil
os.chdir('/')
shutil.rmtree(root)
