"""Starting a child by spawning a new interpreter (written for Krait).

The parent starts `sys.executable -c 'from multiprocessing.spawn import spawn_main; spawn_main()'
--multiprocessing-fork` and writes two pickles to the child's stdin (in base64: Krait's stdin is text only): what the child needs to look like its parent
(sys.path, sys.argv, the working folder, the main module's path, the shared server's address) and the process
object. The child runs the parent's main module again as '__mp_main__' (so code under `if __name__ ==
'__main__':` does not run), unpickles the process object, runs it and exits with its exit status."""

import io
import os
import sys
import types

from multiprocessing import process
from multiprocessing import util

__all__ = ['_main', 'freeze_support', 'set_executable', 'get_executable', 'get_preparation_data',
           'get_command_line', 'import_main_path']

WINEXE = False
WINSERVICE = False

_python_exe = sys.executable


def set_executable(exe):
    global _python_exe
    _python_exe = os.fsdecode(exe) if exe is not None else None


def get_executable():
    return _python_exe


def is_forking(argv):
    """Whether the command line is the one of a spawned child."""
    return len(argv) >= 2 and argv[1] == '--multiprocessing-fork'


def freeze_support():
    """Runs the child and exits when this interpreter was started as one."""
    if is_forking(sys.argv):
        spawn_main()
        sys.exit()


def get_command_line(**kwds):
    """The command line a child is started with."""
    prog = 'from multiprocessing.spawn import spawn_main; spawn_main()'
    return [get_executable(), '-c', prog, '--multiprocessing-fork']


def spawn_main():
    """The child's side: reads what the parent sent on stdin, runs the process and exits."""
    import base64
    data = base64.b64decode(sys.stdin.read())
    devnull = open(os.devnull)
    sys.stdin = devnull
    exitcode = _main(io.BytesIO(data))
    sys.exit(exitcode)


def _main(from_parent):
    from multiprocessing import reduction
    current = process.current_process()
    current._inheriting = True
    try:
        preparation_data = reduction.ForkingPickler.loads(_read_pickle(from_parent))
        prepare(preparation_data)
        self = reduction.ForkingPickler.loads(_read_pickle(from_parent))
    finally:
        del current._inheriting
    return self._bootstrap()


def _read_pickle(stream):
    size = int.from_bytes(stream.read(8), 'big')
    return stream.read(size)


def write_pickle(stream, data):
    stream.write(len(data).to_bytes(8, 'big'))
    stream.write(data)


def _check_not_importing_main():
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        ''')


def get_preparation_data(name):
    """What a child needs to know to look like this process."""
    _check_not_importing_main()
    from multiprocessing import _broker
    d = dict(
        log_to_stderr=util._log_to_stderr,
        authkey=bytes(process.current_process().authkey),
        name=name,
        sys_path=sys.path,
        sys_argv=sys.argv,
        orig_dir=process.ORIGINAL_DIR,
        dir=os.getcwd(),
        start_method='spawn',
        shared_address=_broker.shared_address,
    )
    if util._logger is not None:
        d['log_level'] = util._logger.getEffectiveLevel()
    main_module = sys.modules['__main__']
    main_path = getattr(main_module, '__file__', None)
    if main_path is not None and os.path.basename(main_path) != '<stdin>' and not main_path.startswith('<'):
        if not os.path.isabs(main_path) and process.ORIGINAL_DIR is not None:
            main_path = os.path.join(process.ORIGINAL_DIR, main_path)
        d['init_main_from_path'] = os.path.normpath(main_path)
    return d


old_main_modules = []


def prepare(data):
    """Makes the child look like its parent."""
    from multiprocessing import _broker
    if 'name' in data:
        process.current_process().name = data['name']
    if 'authkey' in data:
        process.current_process().authkey = data['authkey']
    if data.get('log_to_stderr'):
        util.log_to_stderr()
    if 'log_level' in data:
        util.get_logger().setLevel(data['log_level'])
    if 'sys_path' in data:
        sys.path = data['sys_path']
    if 'sys_argv' in data:
        sys.argv = data['sys_argv']
    if 'dir' in data:
        os.chdir(data['dir'])
    if 'orig_dir' in data:
        process.ORIGINAL_DIR = data['orig_dir']
    if data.get('shared_address'):
        _broker.shared_address = data['shared_address']
    if 'init_main_from_path' in data:
        import_main_path(data['init_main_from_path'])


def import_main_path(main_path):
    """Runs the parent's main module here as '__mp_main__', which is then also '__main__'."""
    current_main = sys.modules['__main__']
    if getattr(current_main, '__file__', None) == main_path:
        return
    old_main_modules.append(current_main)
    main_module = types.ModuleType('__mp_main__')
    main_module.__file__ = main_path
    main_module.__builtins__ = __builtins__
    sys.modules['__main__'] = sys.modules['__mp_main__'] = main_module
    with open(main_path, 'rb') as f:
        source = f.read()
    exec(compile(source, main_path, 'exec'), main_module.__dict__)
