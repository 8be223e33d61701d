"""How a spawned child is started and waited for (written for Krait): a `subprocess.Popen` of the interpreter whose
stdin carries the pickles (see multiprocessing.spawn) and whose stdout and stderr are this process's."""

import base64
import io
import signal
import subprocess

from multiprocessing import context
from multiprocessing import reduction
from multiprocessing import spawn
from multiprocessing import util

__all__ = ['Popen']


class _Sentinel(int):
    """A started child's sentinel: its pid, which multiprocessing.connection.wait knows how to wait for."""


class Popen:
    method = 'spawn'

    def __init__(self, process_obj):
        util._flush_std_streams()
        self.returncode = None
        self.finalizer = None
        self.on_reaped = []
        self._launch(process_obj)

    def duplicate_for_child(self, fd):
        return fd

    def _launch(self, process_obj):
        prep_data = spawn.get_preparation_data(process_obj._name)
        context.set_spawning_popen(self)
        try:
            prep = bytes(reduction.ForkingPickler.dumps(prep_data))
            obj = bytes(reduction.ForkingPickler.dumps(process_obj))
        finally:
            context.set_spawning_popen(None)
        stream = io.BytesIO()
        spawn.write_pickle(stream, prep)
        spawn.write_pickle(stream, obj)
        self._child = subprocess.Popen(spawn.get_command_line(), stdin=subprocess.PIPE)
        self.pid = self._child.pid
        self.sentinel = _Sentinel(self.pid)
        self.sentinel._popen = self
        try:
            self._child.stdin.write(base64.b64encode(stream.getvalue()) + b'\n')
            self._child.stdin.close()
        except BrokenPipeError:
            pass

    def _reaped(self, returncode):
        self.returncode = returncode
        callbacks, self.on_reaped = self.on_reaped, []
        for callback in callbacks:
            try:
                callback()
            except Exception:
                pass

    def poll(self, flag=None):
        if self.returncode is None:
            returncode = self._child.poll()
            if returncode is not None:
                self._reaped(returncode)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            try:
                returncode = self._child.wait(timeout)
            except subprocess.TimeoutExpired:
                return None
            self._reaped(returncode)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                self._child.send_signal(sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise

    def terminate(self):
        self._send_signal(signal.SIGTERM)

    def kill(self):
        self._send_signal(signal.SIGKILL)

    def close(self):
        pass
