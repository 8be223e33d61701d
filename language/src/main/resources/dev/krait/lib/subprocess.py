"""The subprocess module (Krait's): Popen and the functions built on it (run, call, check_call, check_output,
getstatusoutput, getoutput), over _krait_subprocess (Java's ProcessBuilder). Pipes are Python stream objects
whose reads and writes go to Java; every wait releases the GIL and lets signal handlers run.

What a POSIX fork/exec can do and ProcessBuilder cannot is refused with NotImplementedError: preexec_fn,
close_fds=False, pass_fds, start_new_session, process_group, user/group/extra_groups and umask. With executable=
(and no shell) the program runs with its own path as argv[0], not args[0]."""

import io
import os
import signal
import time
import types

import _krait_subprocess as _sub

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output", "run",
           "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() with check=True, check_call() or check_output() sees a non-zero exit status.

    returncode: the exit status of the child (negative: -N, killed by signal N);
    cmd: the command that was run; output (also stdout) and stderr: what it wrote, if captured."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return f"Command '{self.cmd}' died with {signal.Signals(-self.returncode)!r}."
            except ValueError:
                return f"Command '{self.cmd}' died with unknown signal {-self.returncode}."
        return f"Command '{self.cmd}' returned non-zero exit status {self.returncode}."

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process.

    cmd, timeout, and output (also stdout) and stderr: what the child wrote until then, if captured."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running, as run() returns it: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = [f"args={self.args!r}", f"returncode={self.returncode!r}"]
        if self.stdout is not None:
            parts.append(f"stdout={self.stdout!r}")
        if self.stderr is not None:
            parts.append(f"stderr={self.stderr!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ---- the parent's ends of the pipes ----

class _PipeReader(io.BufferedIOBase):
    """The parent's end of a pipe the child writes (its stdout or stderr), in binary."""

    def __init__(self, pid, which):
        self._pid = pid
        self._which = which
        self._buffer = b""
        self._eof = False
        self._closed = False

    def _check_open(self):
        if self._closed:
            raise ValueError("read of closed file")

    def readable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def writable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return False

    def seekable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return False

    def _more(self, size=8192):
        """Reads what the child has written (waiting for some); False at the end of the stream."""
        if self._eof:
            return False
        data = _sub.read(self._pid, self._which, size)
        if not data:
            self._eof = True
            return False
        self._buffer += data
        return True

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            rest = b"" if self._eof else _sub.read(self._pid, self._which, -1)
            self._eof = True
            data, self._buffer = self._buffer + rest, b""
            return data
        while len(self._buffer) < size and self._more(max(size - len(self._buffer), 8192)):
            pass
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def read1(self, size=-1):
        self._check_open()
        if not self._buffer:
            self._more(8192 if size is None or size < 0 else max(size, 1))
        if size is None or size < 0:
            size = len(self._buffer)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def peek(self, size=0):
        self._check_open()
        if not self._buffer:
            self._more()
        return self._buffer

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        while True:
            end = self._buffer.find(b"\n")
            if end >= 0:
                end += 1
                break
            if 0 <= size <= len(self._buffer) or not self._more():
                end = len(self._buffer)
                break
        if 0 <= size < end:
            end = size
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        return line

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _take_buffered(self):
        data, self._buffer = self._buffer, b""
        return data

    @property
    def closed(self):
        return self._closed

    def close(self):
        if not self._closed:
            self._closed = True
            _sub.close(self._pid, self._which)

    def __repr__(self):
        return f"<subprocess pipe reader {('stdout', 'stderr')[self._which - 1]} of {self._pid}>"


class _PipeWriter(io.BufferedIOBase):
    """The parent's end of the pipe the child reads (its stdin), in binary."""

    def __init__(self, pid):
        self._pid = pid
        self._closed = False

    def readable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return False

    def writable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return False

    def write(self, data):
        if self._closed:
            raise ValueError("write to closed file")
        if isinstance(data, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        data = bytes(memoryview(data))
        if data:
            _sub.write(self._pid, data)
        return len(data)

    def flush(self):
        if self._closed:
            raise ValueError("flush of closed file")

    @property
    def closed(self):
        return self._closed

    def close(self):
        if not self._closed:
            self._closed = True
            _sub.close(self._pid, 0)

    def __repr__(self):
        return f"<subprocess pipe writer stdin of {self._pid}>"


# ---- starting a child ----

def _program_path(name, env, cwd):
    """The file a program name runs, as exec* finds it: a name with a slash as it is (relative to cwd), else the
    first executable file of that name on the PATH of env (or of os.environ). OSError as exec* fails."""
    if os.path.dirname(name):
        candidates = [os.path.join(cwd, name)]
    else:
        path = (env if env is not None else os.environ).get("PATH", os.defpath)
        candidates = [os.path.join(cwd, directory, name) for directory in path.split(os.pathsep)]
    denied = False
    for candidate in candidates:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
        denied = denied or os.path.exists(candidate)
    if denied:
        raise PermissionError(13, "Permission denied", name)
    raise FileNotFoundError(2, "No such file or directory", name)


def _argument(value):
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        return os.fsdecode(bytes(value))
    if isinstance(value, os.PathLike):
        return _argument(os.fspath(value))
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(value).__name__}")


def _environment(env):
    """The child's environment as a flat tuple of names and values, checked as CPython checks it."""
    if env is None:
        # the child inherits os.environ as the program changed it
        env = os.environ
    flat = []
    for key, value in env.items():
        key = _argument(key)
        value = _argument(value)
        if "=" in key or not key:
            raise ValueError("illegal environment variable name")
        if "\0" in key or "\0" in value:
            raise ValueError("embedded null byte")
        flat += [key, value]
    return tuple(flat)


def _stream_spec(value):
    """What _krait_subprocess.spawn takes for a standard stream: None, PIPE, STDOUT, DEVNULL or a file descriptor,
    or a file object Krait opened (whose content Java copies to or from the child)."""
    if value is None or isinstance(value, int):
        return value
    # not flushed first, as CPython hands over the descriptor as it is
    try:
        fileno = value.fileno
    except AttributeError:
        return value
    return fileno()


class Popen:
    """Execute a child program in a new process.

    args is a sequence of program arguments or a string; with shell=True the string runs under /bin/sh.
    stdin, stdout and stderr are None (the parent's), PIPE, DEVNULL, STDOUT (stderr only), a file object or a
    file descriptor. text/universal_newlines/encoding/errors give text pipes."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None, group=None,
                 extra_groups=None, encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self._communication_started = False
        self._chunks = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are supplied but "
                                  "different. Pass one or the other.")
        for given, name in ((preexec_fn is not None, "preexec_fn"), (not close_fds, "close_fds=False"),
                            (bool(pass_fds), "pass_fds"), (start_new_session, "start_new_session"),
                            (process_group is not None and process_group >= 0, "process_group"),
                            (user is not None, "user"), (group is not None, "group"),
                            (extra_groups is not None, "extra_groups"), (umask >= 0, "umask")):
            if given:
                raise NotImplementedError(f"subprocess.Popen: {name} is not supported by Krait (processes are "
                                          f"started by Java's ProcessBuilder)")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = encoding = "UTF-8"
        line_buffering = bufsize == 1 and self.text_mode
        if bufsize == 1 and not self.text_mode:
            import warnings
            warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer size "
                          "will be used", RuntimeWarning)

        if isinstance(args, (str, bytes)):
            argv = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError("path-like args is not allowed when shell is true")
            argv = [args]
        else:
            argv = list(args)
        argv = [_argument(item) for item in argv]
        if shell:
            argv = ["/bin/sh", "-c"] + argv
            if executable is not None:
                argv[0] = _argument(executable)
        elif executable is not None:
            argv[0] = _argument(executable)
        if not argv:
            raise IndexError("list index out of range")
        for item in argv:
            if "\0" in item:
                raise ValueError("embedded null byte")
        environment = _environment(env)
        if cwd is None:
            cwd = os.getcwd()
        else:
            cwd = _argument(cwd)
            if not os.path.exists(cwd):
                raise FileNotFoundError(2, "No such file or directory", cwd)
            if not os.path.isdir(cwd):
                raise NotADirectoryError(20, "Not a directory", cwd)
            cwd = os.path.abspath(cwd)
        program = _program_path(argv[0], env, cwd)
        specs = (_stream_spec(stdin), _stream_spec(stdout), _stream_spec(stderr))
        if specs[0] == STDOUT or specs[1] == STDOUT:
            raise ValueError("STDOUT can only be used for stderr")
        if not os.path.dirname(argv[0]) and not _sub.finds(argv[0], program):
            # Java looks a bare name up on the PATH the process started with; env's or os.environ's says otherwise
            argv[0] = program
        self.pid = _sub.spawn(tuple(argv), cwd, environment, *specs)
        self._child_created = True

        if stdin == PIPE:
            self.stdin = _PipeWriter(self.pid)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, encoding=encoding, errors=errors, write_through=True,
                                              line_buffering=line_buffering)
        if stdout == PIPE:
            self.stdout = _PipeReader(self.pid, 1)
            if self.text_mode:
                self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding, errors=errors)
        if stderr == PIPE:
            self.stderr = _PipeReader(self.pid, 2)
            if self.text_mode:
                self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding, errors=errors)

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __repr__(self):
        shown = f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(shown) > 80:
            shown = shown[:76] + "...>"
        return shown

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type is KeyboardInterrupt:
                # as CPython: give the child a moment to exit on the same Ctrl-C, then leave it
                try:
                    self._wait(0.25)
                except TimeoutExpired:
                    pass
            else:
                self.wait()

    def __del__(self):
        if self._child_created:
            if self.returncode is None:
                self.poll()
            if self.returncode is not None:
                _sub.release(self.pid)

    # ---- waiting ----

    def poll(self):
        """Check if child process has terminated. Set and return returncode attribute."""
        if self.returncode is None:
            self.returncode = _sub.poll(self.pid)
        return self.returncode

    def _wait(self, timeout):
        if self.returncode is None:
            code = _sub.wait(self.pid, timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        return self._wait(timeout)

    # ---- communicating ----

    def _close_quietly(self, stream):
        try:
            stream.close()
        except BrokenPipeError:
            pass

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        self._close_quietly(self.stdin)

    def communicate(self, input=None, timeout=None):
        """Interact with process: send input to stdin and close it; read stdout and stderr until their end; wait
        for the process to terminate. Returns (stdout_data, stderr_data), str in text mode."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if timeout is None and not self._communication_started and [self.stdin, self.stdout, self.stderr].count(None) >= 2:
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=None if endtime is None else max(0.0, endtime - time.monotonic()))
        return stdout, stderr

    def _raw(self, stream):
        """The _PipeReader under a pipe (a text pipe's buffer)."""
        return stream.buffer if isinstance(stream, io.TextIOWrapper) else stream

    def _communicate(self, input, endtime, orig_timeout):
        if not self._communication_started:
            if self.stdin:
                try:
                    self.stdin.flush()
                except BrokenPipeError:
                    pass
            # what the program already read into a pipe's buffer comes first
            self._chunks = {1: [], 2: []}
            for which, stream in ((1, self.stdout), (2, self.stderr)):
                if stream:
                    left = self._raw(stream)._take_buffered()
                    if left:
                        self._chunks[which].append(left)
            if input is not None and self.stdin and self.text_mode:
                input = input.encode(self.stdin.encoding, self.stdin.errors)
            elif input is not None and self.stdin:
                input = memoryview(input).tobytes()
            if self.stdin:
                # Java writes the input and closes the pipe
                self._raw(self.stdin)._closed = True
        timeout = None if endtime is None else max(0.0, endtime - time.monotonic())
        out, err, ended = _sub.communicate(self.pid, input if input else None, timeout)
        if out:
            self._chunks[1].append(out)
        if err:
            self._chunks[2].append(err)
        if not ended:
            raise TimeoutExpired(self.args, orig_timeout,
                                 output=b"".join(self._chunks[1]) if self._chunks[1] else None,
                                 stderr=b"".join(self._chunks[2]) if self._chunks[2] else None)
        stdout = b"".join(self._chunks[1]) if self.stdout else None
        stderr = b"".join(self._chunks[2]) if self.stderr else None
        for stream in (self.stdout, self.stderr):
            if stream and not stream.closed:
                stream.close()
        if self.text_mode:
            if stdout is not None:
                stdout = self._translate_newlines(stdout, self.stdout.encoding, self.stdout.errors)
            if stderr is not None:
                stderr = self._translate_newlines(stderr, self.stderr.encoding, self.stderr.errors)
        return stdout, stderr

    def _translate_newlines(self, data, encoding, errors):
        return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")

    # ---- signals ----

    def send_signal(self, sig):
        """Send a signal to the process (nothing if it has already been waited for)."""
        self.poll()
        if self.returncode is not None:
            return
        _sub.send_signal(self.pid, sig)

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(signal.SIGKILL)


# ---- the functions ----

def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments. Wait for command to complete or timeout, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments. Wait for command to complete. If the exit code was zero then return, otherwise
    raise CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output. A non-zero exit status raises CalledProcessError."""
    for keyword in ("stdout", "check"):
        if keyword in kwargs:
            raise ValueError(f"{keyword} argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        if kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") or kwargs.get("errors"):
            kwargs["input"] = ""
        else:
            kwargs["input"] = b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            # the exception holds the output until the timeout, as bytes (CPython's POSIX behaviour)
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell; a trailing newline is stripped from the output."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string, using the MS C runtime's quoting rules."""
    result = []
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(" ")
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == "\\":
                bs_buf.append(c)
            elif c == '"':
                result.append("\\" * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return "".join(result)
