# sysconfig: paths, configuration variables, schemes and platform, checked through relations that hold on any
# installation (no absolute path is printed).
import os
import sys
import sysconfig
import tempfile

paths = sysconfig.get_paths()
print(sorted(paths))
print(all(isinstance(v, str) and os.path.isabs(v) for v in paths.values()))
for name in sysconfig.get_path_names():
    print(name, sysconfig.get_path(name) == paths[name])
print(sysconfig.get_path_names())

# the standard library is where os is
print(sysconfig.get_path('stdlib') == os.path.dirname(os.__file__))
print(sysconfig.get_path('platstdlib') == sysconfig.get_path('stdlib'))
print(sysconfig.get_path('purelib').startswith(sys.prefix))
print(sysconfig.get_path('purelib').endswith('/lib/python3.12/site-packages'))
print(sysconfig.get_path('platlib') == sysconfig.get_path('purelib'))
print(sysconfig.get_path('scripts') == os.path.join(sys.prefix, 'bin'))
print(sysconfig.get_path('data') == sys.prefix)
print(sysconfig.get_path('include').endswith('/include/python3.12'))
print(sysconfig.get_path('purelib', vars={'base': '/B'}))
print(sysconfig.get_path('scripts', 'posix_home', {'base': '/home/x'}))
print(sysconfig.get_path('purelib', 'posix_user', {'userbase': '/u'}))
print(sysconfig.get_paths('nt', {'base': 'C:', 'installed_base': 'C:'}, expand=False)['purelib'])
print(sysconfig.get_paths('posix_home', expand=False))
print(sysconfig.get_paths('posix_user', expand=False))

# prefixes
print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix, os.path.isabs(sys.prefix))
print(sys.platlibdir, repr(sys.abiflags))

# configuration variables
for name in ['VERSION', 'py_version_short', 'py_version_nodot', 'EXT_SUFFIX', 'SOABI', 'MULTIARCH', 'SHLIB_SUFFIX',
             'MACHDEP', 'EXE', 'ABIFLAGS', 'abiflags', 'platlibdir', 'py_version_nodot_plat', 'SIZEOF_VOID_P',
             'SIZEOF_LONG', 'SIZEOF_INT', 'SIZEOF_SIZE_T', 'Py_DEBUG', 'Py_TRACE_REFS', 'WITH_DOC_STRINGS',
             'Py_GIL_DISABLED', 'SO', 'no_such_variable', 'TZPATH', 'LDVERSION']:
    print(name, repr(sysconfig.get_config_var(name)))
print(sysconfig.get_config_var('py_version') == '%d.%d.%d' % sys.version_info[:3])
print(sysconfig.get_config_var('prefix') == sys.prefix, sysconfig.get_config_var('exec_prefix') == sys.exec_prefix)
print(sysconfig.get_config_var('base') == sys.prefix, sysconfig.get_config_var('installed_base') == sys.base_prefix)
print(sysconfig.get_config_var('LIBDIR') == os.path.join(sys.prefix, 'lib'))
print(sysconfig.get_config_var('BINDIR') == os.path.join(sys.exec_prefix, 'bin'))
print(sysconfig.get_config_var('LIBDEST') == sysconfig.get_path('stdlib'))
print(sysconfig.get_config_var('INCLUDEPY') == sysconfig.get_path('include'))
print(sysconfig.get_config_vars('VERSION', 'nope', 'SOABI'))
cv = sysconfig.get_config_vars()
print(type(cv).__name__, cv is sysconfig.get_config_vars(), cv['VERSION'])
print(cv['userbase'] == os.path.expanduser('~/.local') or 'PYTHONUSERBASE' in os.environ)

# schemes and platform
print(sysconfig.get_scheme_names())
print(sysconfig.get_default_scheme())
print(sysconfig.get_preferred_scheme('prefix'), sysconfig.get_preferred_scheme('home'),
      sysconfig.get_preferred_scheme('user'))
print(sysconfig.get_platform())
print(sysconfig.get_python_version())
print(sysconfig.is_python_build(), sysconfig.is_python_build(True))
print(os.path.basename(sysconfig.get_config_h_filename()), os.path.basename(sysconfig.get_makefile_filename()))

for call in (lambda: sysconfig.get_paths('nope'), lambda: sysconfig.get_path('nope'),
             lambda: sysconfig.get_preferred_scheme('x'), lambda: sysconfig.get_path('stdlib', 'nope')):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# parse_config_h
import io
text = "#define HAVE_FOO 1\n/* #undef HAVE_BAR */\n#define SIZEOF_X 8\n#define NAME \"v\"\nother\n"
print(sorted(sysconfig.parse_config_h(io.StringIO(text)).items()))
print(sysconfig.expand_makefile_vars('a $(X) b ${Y} c', {'X': 'xx', 'Y': 'yy'}))

# a package that reads sysconfig when it is imported
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, 'pkg_with_sysconfig'))
    with open(os.path.join(d, 'pkg_with_sysconfig', '__init__.py'), 'w') as f:
        f.write("import sysconfig\n"
                "SUFFIX = sysconfig.get_config_var('EXT_SUFFIX')\n"
                "PURELIB = sysconfig.get_paths()['purelib']\n"
                "PLATFORM = sysconfig.get_platform()\n")
    sys.path.insert(0, d)
    import pkg_with_sysconfig
    print(pkg_with_sysconfig.SUFFIX, pkg_with_sysconfig.PLATFORM, pkg_with_sysconfig.PURELIB == paths['purelib'])
    sys.path.remove(d)
