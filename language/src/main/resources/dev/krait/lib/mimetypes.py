"""mimetypes: the MIME type of a file name or URL, and the extensions of a type (written for Krait).

guess_type('report.pdf') -> ('application/pdf', None); guess_type('data.tar.gz') -> ('application/x-tar',
'gzip'); guess_extension('image/png') -> '.png'.  The types come from a built-in table of common types and,
once init() has run (on first use), from the system's mime.types files that exist (knownfiles), whose
entries extend and override it, as in CPython.
"""

import os
import sys
import posixpath
import urllib.parse

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types"
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None


class MimeTypes:
    """A table of types by extension (strict: the official types; not strict: common unofficial ones) and of
    extensions by type."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in _types_map_default.items():
            self.add_type(type, ext, True)
        for ext, type in _common_types_default.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension ext (with its dot) to type, and type to ext (after its earlier extensions)."""
        self.types_map[strict][ext] = type
        extensions = self.types_map_inv[strict].setdefault(type, [])
        if ext not in extensions:
            extensions.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a file name or URL: the type from its extension (None when unknown), the
        encoding from a compression suffix (.gz, .bz2…); data: URLs give their declared type."""
        url = os.fspath(url)
        scheme, url = urllib.parse._splittype(url)
        if scheme == 'data':
            comma = url.find(',')
            if comma < 0:
                return None, None
            semi = url.find(';', 0, comma)
            type = url[:semi] if semi >= 0 else url[:comma]
            if '=' in type or '/' not in type:
                type = 'text/plain'
            return type, None
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        ext = ext.lower()
        if ext in self.types_map[True]:
            return self.types_map[True][ext], encoding
        if strict:
            return None, encoding
        return self.types_map[False].get(ext), encoding

    def guess_all_extensions(self, type, strict=True):
        """The extensions of a type, the first added first."""
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        """The first extension of a type, or None."""
        extensions = self.guess_all_extensions(type, strict)
        if not extensions:
            return None
        return extensions[0]

    def read(self, filename, strict=True):
        """Add the types of a mime.types file ("type ext ext…" lines, # comments)."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        for line in fp:
            words = line.split()
            for i in range(len(words)):
                if words[i][0] == '#':
                    del words[i:]
                    break
            if not words:
                continue
            type, suffixes = words[0], words[1:]
            for suffix in suffixes:
                self.add_type(type, '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """The Windows registry's types (nothing elsewhere)."""
        if sys.platform != 'win32':
            return


def guess_type(url, strict=True):
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """Build the module's table from the built-in one and the files that exist among knownfiles (and
    files)."""
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        if files is None:
            files = knownfiles
        else:
            files = knownfiles + list(files)
    else:
        db = _db
    for file in files:
        if os.path.isfile(file):
            db.read(file)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The types of a mime.types file as a dict by extension (None when it cannot be opened)."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


def _default_mime_types():
    global suffix_map, _suffix_map_default
    global encodings_map, _encodings_map_default
    global types_map, _types_map_default
    global common_types, _common_types_default

    suffix_map = _suffix_map_default = {
        '.svgz': '.svg.gz',
        '.tgz': '.tar.gz',
        '.taz': '.tar.gz',
        '.tz': '.tar.gz',
        '.tbz2': '.tar.bz2',
        '.txz': '.tar.xz',
    }
    encodings_map = _encodings_map_default = {
        '.gz': 'gzip',
        '.Z': 'compress',
        '.bz2': 'bzip2',
        '.xz': 'xz',
        '.br': 'br',
    }
    # the common types: for each type its preferred extension first
    table = [
        ('application/json', '.json'),
        ('application/manifest+json', '.webmanifest'),
        ('application/msword', '.doc', '.dot', '.wiz'),
        ('application/n-quads', '.nq'),
        ('application/n-triples', '.nt'),
        ('application/octet-stream', '.bin', '.a', '.dll', '.exe', '.o', '.obj', '.so'),
        ('application/oda', '.oda'),
        ('application/pdf', '.pdf'),
        ('application/pkcs7-mime', '.p7c'),
        ('application/postscript', '.ps', '.ai', '.eps'),
        ('application/trig', '.trig'),
        ('application/vnd.apple.mpegurl', '.m3u', '.m3u8'),
        ('application/vnd.ms-excel', '.xls', '.xlb'),
        ('application/vnd.ms-powerpoint', '.ppt', '.pot', '.ppa', '.pps', '.pwz'),
        ('application/wasm', '.wasm'),
        ('application/x-bcpio', '.bcpio'),
        ('application/x-cpio', '.cpio'),
        ('application/x-csh', '.csh'),
        ('application/x-dvi', '.dvi'),
        ('application/x-gtar', '.gtar'),
        ('application/x-hdf', '.hdf'),
        ('application/x-hdf5', '.h5'),
        ('application/x-latex', '.latex'),
        ('application/x-mif', '.mif'),
        ('application/x-netcdf', '.cdf', '.nc'),
        ('application/x-pkcs12', '.p12', '.pfx'),
        ('application/x-pn-realaudio', '.ram'),
        ('application/x-python-code', '.pyc', '.pyo'),
        ('application/x-sh', '.sh'),
        ('application/x-shar', '.shar'),
        ('application/x-shockwave-flash', '.swf'),
        ('application/x-sv4cpio', '.sv4cpio'),
        ('application/x-sv4crc', '.sv4crc'),
        ('application/x-tar', '.tar'),
        ('application/x-tcl', '.tcl'),
        ('application/x-tex', '.tex'),
        ('application/x-texinfo', '.texi', '.texinfo'),
        ('application/x-troff', '.roff', '.t', '.tr'),
        ('application/x-troff-man', '.man'),
        ('application/x-troff-me', '.me'),
        ('application/x-troff-ms', '.ms'),
        ('application/x-ustar', '.ustar'),
        ('application/x-wais-source', '.src'),
        ('application/xml', '.xsl', '.rdf', '.wsdl', '.xpdl'),
        ('application/zip', '.zip'),
        ('audio/3gpp', '.3gp', '.3gpp'),
        ('audio/3gpp2', '.3g2', '.3gpp2'),
        ('audio/aac', '.aac', '.adts', '.loas', '.ass'),
        ('audio/basic', '.au', '.snd'),
        ('audio/mpeg', '.mp3', '.mp2'),
        ('audio/opus', '.opus'),
        ('audio/x-aiff', '.aif', '.aifc', '.aiff'),
        ('audio/x-pn-realaudio', '.ra'),
        ('audio/x-wav', '.wav'),
        ('image/avif', '.avif'),
        ('image/bmp', '.bmp'),
        ('image/gif', '.gif'),
        ('image/ief', '.ief'),
        ('image/jpeg', '.jpg', '.jpe', '.jpeg'),
        ('image/heic', '.heic'),
        ('image/heif', '.heif'),
        ('image/png', '.png'),
        ('image/svg+xml', '.svg'),
        ('image/tiff', '.tiff', '.tif'),
        ('image/vnd.microsoft.icon', '.ico'),
        ('image/x-cmu-raster', '.ras'),
        ('image/x-portable-anymap', '.pnm'),
        ('image/x-portable-bitmap', '.pbm'),
        ('image/x-portable-graymap', '.pgm'),
        ('image/x-portable-pixmap', '.ppm'),
        ('image/x-rgb', '.rgb'),
        ('image/x-xbitmap', '.xbm'),
        ('image/x-xpixmap', '.xpm'),
        ('image/x-xwindowdump', '.xwd'),
        ('message/rfc822', '.eml', '.mht', '.mhtml', '.nws'),
        ('text/css', '.css'),
        ('text/csv', '.csv'),
        ('text/html', '.html', '.htm'),
        ('text/javascript', '.js', '.mjs'),
        ('text/n3', '.n3'),
        ('text/plain', '.txt', '.bat', '.c', '.h', '.ksh', '.pl', '.srt'),
        ('text/richtext', '.rtx'),
        ('text/tab-separated-values', '.tsv'),
        ('text/vtt', '.vtt'),
        ('text/x-python', '.py'),
        ('text/x-setext', '.etx'),
        ('text/x-sgml', '.sgm', '.sgml'),
        ('text/x-vcard', '.vcf'),
        ('text/xml', '.xml'),
        ('video/mp4', '.mp4'),
        ('video/mpeg', '.mpeg', '.m1v', '.mpa', '.mpe', '.mpg'),
        ('video/quicktime', '.mov', '.qt'),
        ('video/webm', '.webm'),
        ('video/x-msvideo', '.avi'),
        ('video/x-sgi-movie', '.movie'),
    ]
    types_map = _types_map_default = {}
    for type, *extensions in table:
        for ext in extensions:
            types_map[ext] = type
    # types that are common but not official (strict=False)
    common_types = _common_types_default = {
        '.rtf': 'application/rtf',
        '.midi': 'audio/midi',
        '.mid': 'audio/midi',
        '.jpg': 'image/jpg',
        '.pict': 'image/pict',
        '.pct': 'image/pict',
        '.pic': 'image/pict',
        '.webp': 'image/webp',
        '.xul': 'text/xul',
    }


_default_mime_types()


def _main():
    import getopt
    usage = "Usage: mimetypes.py [options] type\n\nOptions:\n    --help / -h       -- print this message and exit\n" \
            "    --lenient / -l    -- additionally search of some common, but non-standard\n" \
            "                         types.\n    --extension / -e  -- guess extension instead of type\n\n" \
            "More than one type argument may be given.\n"

    def usage_exit(code, msg=''):
        print(usage)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hle', ['help', 'lenient', 'extension'])
    except getopt.error as msg:
        usage_exit(1, msg)
    strict = 1
    extension = 0
    for opt, arg in opts:
        if opt in ('-h', '--help'):
            usage_exit(0)
        elif opt in ('-l', '--lenient'):
            strict = 0
        elif opt in ('-e', '--extension'):
            extension = 1
    for gtype in args:
        if extension:
            guess = guess_extension(gtype, strict)
            if not guess:
                print("I don't know anything about type", gtype)
            else:
                print(guess)
        else:
            guess, encoding = guess_type(gtype, strict)
            if not guess:
                print("I don't know anything about type", gtype)
            else:
                print('type:', guess, 'encoding:', encoding)


if __name__ == '__main__':
    _main()
