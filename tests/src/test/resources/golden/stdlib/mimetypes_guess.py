# mimetypes: types of file names and URLs (built-in table through MimeTypes(), the module's table with the
# system's mime.types), encodings of compressed names, extensions of types, data: URLs, files read with
# read()/readfp()/read_mime_types()/init(files), add_type, strict and lenient lookups.
import io
import mimetypes
import os
import tempfile

db = mimetypes.MimeTypes()
names = ['index.html', 'INDEX.HTM', 'photo.JPG', 'photo.jpeg', 'logo.png', 'anim.gif', 'icon.ico', 'doc.pdf',
         'sheet.xls', 'notes.txt', 'script.py', 'module.pyc', 'style.css', 'app.js', 'lib.mjs', 'data.json',
         'data.csv', 'data.xml', 'feed.rdf', 'song.mp3', 'clip.mp4', 'clip.mpg', 'movie.mov', 'sound.wav',
         'archive.zip', 'archive.tar', 'archive.tar.gz', 'archive.tgz', 'archive.tar.bz2', 'archive.tbz2',
         'archive.tar.xz', 'archive.txz', 'image.svg', 'image.svgz', 'page.html.br', 'old.Z', 'font.woff',
         'README', '.bashrc', 'dir.d/file', 'x.webp', 'x.rtf', 'x.mid', 'x.pict', 'x.xul', 'x.wasm',
         'x.webmanifest', 'http://example.com/a/b.html?q=1', 'http://example.com/', 'file:///tmp/x.png',
         'data:,hello', 'data:text/html;base64,PGI+', 'data:image/png,xx', 'data:foo', 'data:a=b,x', 'data:']
for name in names:
    print(name, db.guess_type(name), db.guess_type(name, strict=False))
for type in ['text/plain', 'text/html', 'image/jpeg', 'image/JPEG', 'application/octet-stream', 'audio/mpeg',
             'video/mpeg', 'application/x-tar', 'application/zip', 'text/x-python', 'application/json',
             'image/webp', 'image/jpg', 'audio/midi', 'nope/nope', 'application/javascript', 'text/javascript']:
    print(type, db.guess_extension(type), db.guess_extension(type, strict=False),
          db.guess_all_extensions(type), db.guess_all_extensions(type, strict=False))
print(db.suffix_map, db.encodings_map)
db.add_type('application/x-krait', '.krait')
db.add_type('application/x-krait', '.kr')
db.add_type('text/x-lenient', '.len', strict=False)
print(db.guess_type('a.krait'), db.guess_type('a.kr'), db.guess_all_extensions('application/x-krait'),
      db.guess_type('a.len'), db.guess_type('a.len', False), db.guess_extension('text/x-lenient', False))

# the module's table: built-in types and the system's files
for name in ['index.html', 'logo.png', 'doc.pdf', 'notes.txt', 'archive.tar.gz', 'data.json', 'unknown.qqq']:
    print(name, mimetypes.guess_type(name))
print(mimetypes.inited, mimetypes.guess_extension('image/png'), mimetypes.guess_extension('text/html'),
      mimetypes.guess_extension('application/pdf'), mimetypes.guess_extension('nope/nope'))
print(mimetypes.guess_type(os.path.join('a', 'b.html')))
from pathlib import Path
print(mimetypes.guess_type(Path('x/y.png')))

# mime.types files
text = ('# a comment line\n'
        'application/x-one   one uno   # trailing comment\n'
        '\n'
        'text/x-two two\n'
        'text/html    htmx\n'
        'image/png\n')
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'mime.types')
    with open(path, 'w') as f:
        f.write(text)
    print(sorted(mimetypes.read_mime_types(path).items())[:0], mimetypes.read_mime_types(path)['.one'],
          mimetypes.read_mime_types(path)['.htmx'], '.two' in mimetypes.read_mime_types(path))
    print(mimetypes.read_mime_types(os.path.join(d, 'missing')))
    own = mimetypes.MimeTypes([path])
    print(own.guess_type('a.uno'), own.guess_type('a.two'), own.guess_all_extensions('text/html'))
    lenient = mimetypes.MimeTypes()
    lenient.read(path, strict=False)
    print(lenient.guess_type('a.one'), lenient.guess_type('a.one', strict=False))
    stream = mimetypes.MimeTypes()
    stream.readfp(io.StringIO('video/x-three three\n'))
    print(stream.guess_type('clip.three'))
    mimetypes.init([path])
    print(mimetypes.guess_type('z.uno'), mimetypes.guess_extension('text/x-two'), mimetypes.types_map['.one'])
mimetypes.add_type('application/x-added', '.added')
print(mimetypes.guess_type('q.added'), mimetypes.types_map.get('.added'), mimetypes.common_types.get('.rtf'))
print(mimetypes.suffix_map['.tgz'], mimetypes.encodings_map['.gz'], mimetypes.knownfiles[0])
print(sorted(mimetypes.__all__))
