"""sysconfig: where this Python's files are and how it was configured (written for Krait).

Krait is installed where the krait command is (sys.prefix); its standard library is bundled with the language
(the last entry of sys.path), so the "stdlib" paths of the default scheme name that place.  The configuration
variables are the ones a program asks about (version, ABI tags, sizes, directories); Krait was built by no C
compiler and loads no extension modules, so the compiler and Makefile variables CPython records are absent
(get_config_var gives None for them, as for any unknown name).
"""

import os
import sys

__all__ = [
    'get_config_h_filename',
    'get_config_var',
    'get_config_vars',
    'get_makefile_filename',
    'get_path',
    'get_path_names',
    'get_paths',
    'get_platform',
    'get_python_version',
    'get_scheme_names',
    'parse_config_h',
]

# The standard library's directory: where Krait's bundled modules are found.
_KRAIT_STDLIB = os.path.dirname(os.__file__) if getattr(os, '__file__', None) else sys.path[-1]

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{LIBDEST}',
        'platstdlib': '{BINLIBDEST}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt': {
        'stdlib': '{installed_base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'nt_user': {
        'stdlib': '{userbase}/Python{py_version_nodot_plat}',
        'platstdlib': '{userbase}/Python{py_version_nodot_plat}',
        'purelib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
        'platlib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
        'include': '{userbase}/Python{py_version_nodot_plat}/Include',
        'scripts': '{userbase}/Python{py_version_nodot_plat}/Scripts',
        'data': '{userbase}',
    },
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'osx_framework_user': {
        'stdlib': '{userbase}/lib/python',
        'platstdlib': '{userbase}/lib/python',
        'purelib': '{userbase}/lib/python/site-packages',
        'platlib': '{userbase}/lib/python/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
}
# A virtual environment's layout: Krait's own on POSIX, Windows' there.
_INSTALL_SCHEMES['posix_venv'] = dict(_INSTALL_SCHEMES['posix_prefix'])
_INSTALL_SCHEMES['nt_venv'] = dict(_INSTALL_SCHEMES['nt'])
_INSTALL_SCHEMES['venv'] = dict(_INSTALL_SCHEMES['nt_venv' if os.name == 'nt' else 'posix_venv'])

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_PY_VERSION = '%d.%d.%d' % sys.version_info[:3]
_PY_VERSION_SHORT = '%d.%d' % sys.version_info[:2]
_PY_VERSION_SHORT_NO_DOT = '%d%d' % sys.version_info[:2]
_PREFIX = os.path.normpath(sys.prefix)
_BASE_PREFIX = os.path.normpath(sys.base_prefix)
_EXEC_PREFIX = os.path.normpath(sys.exec_prefix)
_BASE_EXEC_PREFIX = os.path.normpath(sys.base_exec_prefix)

_CONFIG_VARS = None
_USER_BASE = None


def _realpath(path):
    try:
        return os.path.realpath(path)
    except OSError:
        return path


if sys.executable and os.path.isabs(sys.executable):
    _PROJECT_BASE = os.path.dirname(_realpath(sys.executable))
else:
    _PROJECT_BASE = _realpath(os.getcwd())


def _getuserbase():
    env = os.environ.get('PYTHONUSERBASE')
    if env:
        return env
    if os.name == 'nt':
        return os.path.join(os.environ.get('APPDATA') or '~', 'Python')
    return os.path.expanduser('~/.local')


def _multiarch():
    machine = os.uname().machine if hasattr(os, 'uname') else ''
    if sys.platform.startswith('linux') and machine:
        return machine + '-linux-gnu'
    return ''


def _init_config_vars():
    global _CONFIG_VARS
    multiarch = _multiarch()
    soabi = 'cpython-%s' % _PY_VERSION_SHORT_NO_DOT + ('-' + multiarch if multiarch else '')
    libdir = os.path.join(_PREFIX, sys.platlibdir)
    libdest = _KRAIT_STDLIB
    libpl = os.path.join(libdir, 'python' + _PY_VERSION_SHORT,
                         'config-%s%s%s' % (_PY_VERSION_SHORT, sys.abiflags, '-' + multiarch if multiarch else ''))
    include = os.path.join(_BASE_PREFIX, 'include', 'python' + _PY_VERSION_SHORT + sys.abiflags)
    sizes = {'SIZEOF_DOUBLE': 8, 'SIZEOF_FLOAT': 4, 'SIZEOF_FPOS_T': 16, 'SIZEOF_INT': 4, 'SIZEOF_LONG': 8,
             'SIZEOF_LONG_DOUBLE': 16, 'SIZEOF_LONG_LONG': 8, 'SIZEOF_OFF_T': 8, 'SIZEOF_PID_T': 4,
             'SIZEOF_PTHREAD_T': 8, 'SIZEOF_SHORT': 2, 'SIZEOF_SIZE_T': 8, 'SIZEOF_TIME_T': 8,
             'SIZEOF_UINTPTR_T': 8, 'SIZEOF_VOID_P': 8, 'SIZEOF_WCHAR_T': 4, 'SIZEOF__BOOL': 1}
    values = {
        'ABIFLAGS': sys.abiflags,
        'BINDIR': os.path.join(_EXEC_PREFIX, 'bin'),
        'BINLIBDEST': libdest,
        'CONFINCLUDEPY': include,
        'EXE': '',
        'EXT_SUFFIX': '.' + soabi + '.so',
        'HAVE_FORK': 0,
        'INCLUDEPY': include,
        'LDVERSION': _PY_VERSION_SHORT + sys.abiflags,
        'LIBDEST': libdest,
        'LIBDIR': libdir,
        'LIBPL': libpl,
        'MACHDEP': sys.platform,
        'MULTIARCH': multiarch,
        'PY_ENABLE_SHARED': 0,
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'Py_TRACE_REFS': 0,
        'SHLIB_SUFFIX': '.so',
        'SOABI': soabi,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
        'VERSION': _PY_VERSION_SHORT,
        'WITH_DOC_STRINGS': 1,
        'WITH_PYMALLOC': 0,
        'WITH_THREAD': 1,
        'prefix': _PREFIX,
        'exec_prefix': _EXEC_PREFIX,
        'py_version': _PY_VERSION,
        'py_version_short': _PY_VERSION_SHORT,
        'py_version_nodot': _PY_VERSION_SHORT_NO_DOT,
        'installed_base': _BASE_PREFIX,
        'base': _PREFIX,
        'installed_platbase': _BASE_EXEC_PREFIX,
        'platbase': _EXEC_PREFIX,
        'projectbase': _PROJECT_BASE,
        'platlibdir': sys.platlibdir,
        'abiflags': sys.abiflags,
        'py_version_nodot_plat': '',
        'srcdir': libpl,
        'userbase': _getuserbase(),
    }
    values.update(sizes)
    _CONFIG_VARS = values


def get_config_vars(*args):
    """All the configuration variables as a dict, or the values of the names given (None for unknown ones)."""
    if _CONFIG_VARS is None:
        _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """The value of one configuration variable, None when there is no such variable."""
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    return _SCHEME_KEYS


def _get_preferred_schemes():
    if os.name == 'nt':
        return {'prefix': 'nt', 'home': 'posix_home', 'user': 'nt_user'}
    if sys.platform == 'darwin' and getattr(sys, '_framework', None):
        return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'osx_framework_user'}
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}


def get_preferred_scheme(key):
    if key == 'prefix' and sys.prefix != sys.base_prefix:
        return 'venv'
    scheme = _get_preferred_schemes()[key]
    if scheme not in _INSTALL_SCHEMES:
        raise ValueError(f"{scheme!r} returned by {key!r} in _get_preferred_schemes() "
                         f"is not a valid scheme name")
    return scheme


def get_default_scheme():
    return get_preferred_scheme('prefix')


def _subst_vars(text, local_vars):
    out = []
    i = 0
    n = len(text)
    while i < n:
        start = text.find('{', i)
        if start < 0:
            out.append(text[i:])
            break
        end = text.find('}', start + 1)
        inner = text.find('{', start + 1)
        if end < 0:
            out.append(text[i:])
            break
        if 0 <= inner < end:
            out.append(text[i:inner])
            i = inner
            continue
        name = text[start + 1:end]
        out.append(text[i:start])
        if name in local_vars:
            out.append(str(local_vars[name]))
        elif name in os.environ:
            out.append(os.environ[name])
        else:
            raise AttributeError(f'{{{name}}}') from None
        i = end + 1
    return ''.join(out)


def get_paths(scheme=None, vars=None, expand=True):
    """The installation paths of a scheme (the default one unless named), expanded with the configuration
    variables and `vars` (whose values win) unless expand is false."""
    if scheme is None:
        scheme = get_default_scheme()
    templates = _INSTALL_SCHEMES[scheme]
    if not expand:
        return dict(templates)
    local_vars = {} if vars is None else dict(vars)
    for key, value in get_config_vars().items():
        local_vars.setdefault(key, value)
    paths = {}
    for key, template in templates.items():
        if os.name in ('posix', 'nt'):
            template = os.path.expanduser(template)
        paths[key] = os.path.normpath(_subst_vars(template, local_vars))
    return paths


def get_path(name, scheme=None, vars=None, expand=True):
    """One installation path of a scheme (KeyError for an unknown name)."""
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    """The platform as build tools name it: "linux-x86_64", "macosx-…", or sys.platform elsewhere."""
    if os.name == 'nt':
        return 'win-amd64' if sys.maxsize > 2 ** 32 else 'win32'
    if os.name != 'posix' or not hasattr(os, 'uname'):
        return sys.platform
    if '_PYTHON_HOST_PLATFORM' in os.environ:
        return os.environ['_PYTHON_HOST_PLATFORM']
    osname, host, release, version, machine = os.uname()
    osname = osname.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname.startswith('linux'):
        return f'{osname}-{machine}'
    if osname.startswith('sunos') and release[0] >= '5':
        osname = 'solaris'
        release = '%d.%s' % (int(release[0]) - 3, release[2:])
        machine = machine + ('.64bit' if sys.maxsize > 2 ** 32 else '.32bit')
    elif osname.startswith('cygwin'):
        osname = 'cygwin'
        release = release.split('(')[0].rstrip()
        for i, ch in enumerate(release):
            if not (ch.isdigit() or ch == '.'):
                release = release[:i]
                break
    elif osname.startswith('darwin'):
        osname = 'macosx'
        release = os.environ.get('MACOSX_DEPLOYMENT_TARGET', release)
    return f'{osname}-{release}-{machine}'


def get_python_version():
    return _PY_VERSION_SHORT


def is_python_build(check_home=None):
    """False: Krait does not run from a CPython source tree."""
    if check_home is not None:
        import warnings
        warnings.warn("check_home argument is deprecated and ignored.", DeprecationWarning, stacklevel=2)
    return False


def get_makefile_filename():
    """Where CPython would keep the Makefile it was built with (Krait has none; the file does not exist)."""
    return os.path.join(get_config_var('LIBPL'), 'Makefile')


def get_config_h_filename():
    """Where CPython keeps pyconfig.h (Krait ships no C headers; the file does not exist)."""
    return os.path.join(get_path('include'), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    """Read `#define NAME VALUE` and `/* #undef NAME */` lines of a pyconfig.h-style file into a dict
    (int values where they are ints, 0 for undefined names)."""
    if vars is None:
        vars = {}
    for line in fp:
        stripped = line.strip()
        if stripped.startswith('#define '):
            parts = stripped.split(None, 2)
            if len(parts) < 2:
                continue
            name = parts[1]
            value = parts[2] if len(parts) > 2 else '1'
            try:
                value = int(value)
            except ValueError:
                pass
            vars[name] = value
        elif stripped.startswith('/* #undef ') and stripped.endswith('*/'):
            parts = stripped[2:-2].split()
            if len(parts) == 2:
                vars[parts[1]] = 0
    return vars


def expand_makefile_vars(s, vars):
    """Replace $(NAME) and ${NAME} in s by vars[NAME] (or '' when absent) until none is left."""
    while True:
        found = False
        for opener, closer in (('$(', ')'), ('${', '}')):
            start = s.find(opener)
            while start >= 0:
                end = s.find(closer, start + 2)
                if end < 0:
                    break
                name = s[start + 2:end]
                if name and all(ch.isalnum() or ch == '_' for ch in name):
                    s = s[:start] + str(vars.get(name, '')) + s[end + 1:]
                    found = True
                    break
                start = s.find(opener, start + 2)
            if found:
                break
        if not found:
            return s


def _print_dict(title, data):
    print(f'{title}: ')
    for key in sorted(data):
        print(f'\t{key} = "{data[key]}"')


def _main():
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    _print_dict('Paths', get_paths())
    print()
    _print_dict('Variables', get_config_vars())


if __name__ == '__main__':
    _main()
