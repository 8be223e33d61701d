# zipfile: writing archives (stored, deflated, directories, UTF-8 names, comments, non-seekable output with
# data descriptors) byte for byte as CPython, reading them back (infolist, read, open/readline/seek, CRC
# checks, testzip), append mode, extract/extractall, write() from files, is_zipfile, printdir, and errors.
import hashlib
import io
import os
import shutil
import tempfile
import time
import zipfile

STAMP = (2021, 6, 15, 12, 30, 44)


def info(name, compress=zipfile.ZIP_STORED, stamp=STAMP):
    zi = zipfile.ZipInfo(name, stamp)
    zi.compress_type = compress
    return zi


buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr(info('hello.txt'), b'Hello, zip!\n')
    z.writestr(info('poem.txt', zipfile.ZIP_DEFLATED), 'line one\nline two\nline three\n' * 20)
    z.writestr(info('level9.bin', zipfile.ZIP_DEFLATED), bytes(range(256)) * 8, compresslevel=9)
    z.writestr(info('café/naïve.txt'), 'ünïcödé'.encode('utf-8'))
    z.writestr(info('empty.txt'), b'')
    folder = info('folder/')
    folder.CRC = 0
    folder.external_attr = 0o40755 << 16 | 0x10
    z.mkdir(folder)
    z.mkdir('made', mode=0o755)
    with z.open(info('streamed.txt', zipfile.ZIP_DEFLATED), 'w') as f:
        f.write(b'part 1, ')
        f.write(bytearray(b'part 2, '))
        f.write(memoryview(b'part 3'))
    z.comment = b'archive comment'
data = buf.getvalue()
print(len(data), hashlib.sha256(data).hexdigest())
print(data[:80].hex())

z = zipfile.ZipFile(io.BytesIO(data))
print(z.namelist())
for zi in z.infolist():
    print(zi, zi.date_time, zi.CRC, zi.compress_size, zi.header_offset, zi.flag_bits, zi.create_system,
          zi.extract_version, hex(zi.external_attr), zi.is_dir())
print(z.comment, z.read('hello.txt'), z.read('café/naïve.txt').decode(), z.read('empty.txt'))
print(z.read('poem.txt')[:30], len(z.read('poem.txt')), z.read('level9.bin') == bytes(range(256)) * 8)
print(z.read(z.getinfo('streamed.txt')), z.testzip())
with z.open('poem.txt') as f:
    print(f.readline(), f.read(5), f.readline(), f.tell(), f.seekable())
    f.seek(9)
    print(f.readline(), f.tell())
    f.seek(-11, os.SEEK_END)
    print(f.read(), f.read(), f.tell())
    print(f.peek(3)[:0], f.readable())
with z.open('poem.txt') as f:
    print(sum(1 for _ in f), f.name, f.mode)
print(repr(f))
out = io.StringIO()
z.printdir(out)
print(out.getvalue())
z.close()
print(repr(z))

# a non-seekable stream: data descriptors
class Pipe(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

    def seekable(self):
        return False

    def tell(self):
        raise OSError('not seekable')


pipe = Pipe()
with zipfile.ZipFile(pipe, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(info('a.txt', zipfile.ZIP_DEFLATED), b'abc' * 10)
    z.writestr(info('b.txt'), b'stored')
streamed = b''.join(pipe.chunks)
print(len(streamed), hashlib.sha256(streamed).hexdigest())
with zipfile.ZipFile(io.BytesIO(streamed)) as z:
    print([(zi.filename, zi.flag_bits, zi.file_size) for zi in z.infolist()], z.read('a.txt'), z.read('b.txt'))

# damaged data: CRC
bad = bytearray(data)
at = bad.find(b'Hello, zip!')
bad[at] = ord('J')
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as z:
    print(z.testzip())
    try:
        z.read('hello.txt')
    except zipfile.BadZipFile as e:
        print('BadZipFile', e)
    print(z.read('poem.txt')[:8])
bad = bytearray(data)
bad[0:4] = b'XXXX'
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as z:
    try:
        z.read('hello.txt')
    except zipfile.BadZipFile as e:
        print('BadZipFile', e)

# files on disk: write, append, extract
root = tempfile.mkdtemp()
os.chdir(root)
os.makedirs('src/sub')
for name, content in [('src/a.txt', b'file a'), ('src/sub/b.txt', b'file b' * 100)]:
    with open(name, 'wb') as f:
        f.write(content)
stamp = time.mktime((2022, 3, 4, 5, 6, 8, 0, 0, -1))
for path in ['src/a.txt', 'src/sub/b.txt', 'src/sub', 'src']:
    os.utime(path, (stamp, stamp))
os.chmod('src/a.txt', 0o644)
with zipfile.ZipFile('out.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    z.write('src/a.txt')
    z.write('src/sub', 'sub')
    z.write('src/sub/b.txt', arcname='/abs/../sub/b.txt', compress_type=zipfile.ZIP_STORED)
    print(repr(z))
with zipfile.ZipFile('out.zip') as z:
    for zi in z.infolist():
        print(zi, zi.date_time, oct(zi.external_attr >> 16))
print(zipfile.is_zipfile('out.zip'), zipfile.is_zipfile('src/a.txt'), zipfile.is_zipfile('missing.zip'))
with open('src/a.txt', 'rb') as f:  # what is_zipfile meets in a short file: a seek before the start
    f.read(2)
    for offset, whence in [(-100, 2), (-3, 1)]:
        try:
            f.seek(offset, whence)
        except OSError as e:
            print(type(e).__name__, e.errno, e, f.tell())
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b'PK\x05\x06' + b'\0' * 18)))
with zipfile.ZipFile('out.zip', 'a') as z:
    z.writestr(info('added.txt'), b'appended')
with zipfile.ZipFile('out.zip', 'a') as z:
    print(z.namelist())
with zipfile.ZipFile('out.zip') as z:
    print(z.namelist(), z.read('added.txt'))
    print(os.path.relpath(z.extract('sub/b.txt', 'x1'), root), os.path.relpath(z.extract('sub/'), root))
    z.extractall('x2')
    z.extractall('x3', members=['added.txt'])
for top in ['x1', 'x2', 'x3']:
    for dirpath, dirnames, filenames in sorted(os.walk(top)):
        print(dirpath, sorted(dirnames), sorted(filenames))
print(open('x2/src/a.txt', 'rb').read())
# appending to a file that is not an archive
with open('plain.bin', 'wb') as f:
    f.write(b'#!prefix data\n')
with zipfile.ZipFile('plain.bin', 'a') as z:
    z.writestr(info('inside.txt'), b'inside')
with zipfile.ZipFile('plain.bin') as z:
    print(z.namelist(), z.read('inside.txt'), z.infolist()[0].header_offset)
with zipfile.ZipFile('new.zip', 'x') as z:
    pass
print(os.path.getsize('new.zip'), zipfile.is_zipfile('new.zip'), zipfile.ZipFile('new.zip').namelist())
try:
    zipfile.ZipFile('new.zip', 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)

# errors
z = zipfile.ZipFile(io.BytesIO(data))
for call in [lambda: z.getinfo('nope'), lambda: z.read('nope'), lambda: zipfile.ZipFile(io.BytesIO(b'junk' * 10)),
             lambda: zipfile.ZipFile(io.BytesIO(), 'q'), lambda: z.writestr('x', b''),
             lambda: zipfile.ZipInfo('x', (1979, 1, 1, 0, 0, 0)), lambda: z.open('hello.txt', 'q'),
             lambda: zipfile.ZipFile(io.BytesIO(), 'w', compression=99),
             lambda: z.open('hello.txt', 'w', pwd=b'x'), lambda: zipfile.ZipFile('missing.zip'),
             lambda: zipfile.ZipFile(io.BytesIO(), 'w').mkdir(info('notadir')),
             lambda: zipfile.ZipFile(io.BytesIO(), 'w').mkdir(5),
             lambda: setattr(zipfile.ZipFile(io.BytesIO(), 'w'), 'comment', 'text')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
z.close()
for call in [lambda: z.read('hello.txt'), lambda: z.namelist(), lambda: z.writestr('x', b''),
             lambda: z.open('hello.txt')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
w = zipfile.ZipFile(io.BytesIO(), 'w')
handle = w.open('x', 'w')
for call in [lambda: w.writestr('y', b''), lambda: w.open('z', 'w'), lambda: w.close()]:
    try:
        print(call())
    except ValueError as e:
        print('ValueError', e)
handle.close()
w.close()
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    with zipfile.ZipFile(io.BytesIO(), 'w') as w:
        w.writestr(info('dup'), b'1')
        w.writestr(info('dup'), b'2')
    print([str(c.message) for c in caught])
print(zipfile.ZipInfo('x/y'), zipfile.ZipInfo('x/'), zipfile.ZipInfo(), zipfile.ZipInfo('a\0b').filename)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile, zipfile.ZIP_DEFLATED,
      zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
os.chdir('/')
shutil.rmtree(root)

# members encrypted with ZipCrypto (archives made by Info-ZIP's `zip -P pass123`)
import base64
ENCRYPTED = [
    'UEsDBBQACQAIAEefdl0C4O7WIQAAAFgCAAAFABwAcy50eHRVVAkAA1ZJA2tWSQNrdXgLAAEEAAAAAAQAAAAAcXl1prOcEfGytS68TmkEoA1J'
    'Z+1dXSmIOq4Tzu9J+HaeUEsHCALg7tYhAAAAWAIAAFBLAwQKAAkAAABHn3Zdenpv7Q8AAAADAAAABQAcAGgudHh0VVQJAANWSQNrVkkDa3V4'
    'CwABBAAAAAAEAAAAAFWh0tcAPy+P/1OjpztNBlBLBwh6em/tDwAAAAMAAABQSwECHgMUAAkACABHn3ZdAuDu1iEAAABYAgAABQAYAAAAAAAB'
    'AAAApIEAAAAAcy50eHRVVAUAA1ZJA2t1eAsAAQQAAAAABAAAAABQSwECHgMKAAkAAABHn3Zdenpv7Q8AAAADAAAABQAYAAAAAAABAAAApIFw'
    'AAAAaC50eHRVVAUAA1ZJA2t1eAsAAQQAAAAABAAAAABQSwUGAAAAAAIAAgCWAAAAzgAAAAAA',
    'UEsDBAoACQAAAEefdl16em/tDwAAAAMAAAAFABwAaC50eHRVVAkAA1ZJA2tWSQNrdXgLAAEEAAAAAAQAAAAA9nBvRW4qETNeCMLIpLNdUEsH'
    'CHp6b+0PAAAAAwAAAFBLAQIeAwoACQAAAEefdl16em/tDwAAAAMAAAAFABgAAAAAAAAAAACkgQAAAABoLnR4dFVUBQADVkkDa3V4CwABBAAA'
    'AAAEAAAAAFBLBQYAAAAAAQABAEsAAABeAAAAAAA=',
]
for encoded in ENCRYPTED:
    z = zipfile.ZipFile(io.BytesIO(base64.b64decode(encoded)))
    for zi in z.infolist():
        print(zi, zi.flag_bits, len(zi.extra))
        for pwd in [None, b'wrong', 'text']:
            try:
                z.read(zi.filename, pwd=pwd)
            except (RuntimeError, TypeError) as e:
                print(type(e).__name__, e)
        data = z.read(zi.filename, pwd=b'pass123')
        print(len(data), data[:12])
    z.setpassword(b'pass123')
    print(z.testzip())
    with z.open(z.namelist()[0]) as f:
        f.read(5)
        f.seek(1)
        print(f.read(8))
    try:
        z.setpassword('text')
    except TypeError as e:
        print('TypeError', e)
