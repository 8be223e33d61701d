# subprocess: run/call/check_call/check_output/getoutput, CompletedProcess, and the errors with CPython's messages.
import os
import signal
import subprocess
import sys

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(sorted(subprocess.__all__))

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
print(subprocess.run(["echo", "text"], capture_output=True, text=True))
print(subprocess.run("echo $((6*7)); echo to-stderr >&2; exit 3", shell=True, capture_output=True, text=True))
print(subprocess.run(["sh", "-c", "exit 4"]))
print(subprocess.run(["true"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
print(subprocess.run(["cat"], input=b"from input", capture_output=True).stdout)
print(subprocess.run(["cat"], input="crlf\r\nand cr\rend\n", capture_output=True, text=True).stdout.split("\n"))
print(subprocess.run(["cat"], input=b"raw\r\n", stdout=subprocess.PIPE).stdout)
print(subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(["printf", "%s|%s", "a b", "c"], stdout=subprocess.PIPE, universal_newlines=True).stdout)
print(subprocess.run(["printf", "caf\\303\\251"], stdout=subprocess.PIPE, encoding="utf-8").stdout)
print(subprocess.run(["printf", "\\377"], stdout=subprocess.PIPE, encoding="utf-8", errors="replace").stdout)

# environment and working directory
print(subprocess.run('printf "%s" "$GREETING"', shell=True, env={"GREETING": "hi from env"}, capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "echo ${HOME-unset}"], env={}, capture_output=True, text=True).stdout, end="")
here = os.getcwd()
os.mkdir("_subprocess_dir")
try:
    print(subprocess.run(["pwd"], cwd="_subprocess_dir", capture_output=True, text=True).stdout == os.path.join(here, "_subprocess_dir") + "\n")
    os.chdir("_subprocess_dir")
    # a child starts where the program's working directory is
    print(subprocess.run(["pwd"], capture_output=True, text=True).stdout == os.path.join(here, "_subprocess_dir") + "\n")
finally:
    os.chdir(here)
    os.rmdir("_subprocess_dir")

# check=True, check_call, check_output, call
try:
    subprocess.run(["sh", "-c", "echo partial; exit 2"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
print(subprocess.run(["true"], check=True).returncode)
print(subprocess.call(["sh", "-c", "exit 7"]), subprocess.call("exit 5", shell=True))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e, repr(e), e.args)
print(subprocess.check_output(["echo", "checked"]))
print(subprocess.check_output("echo shell; echo both >&2", shell=True, stderr=subprocess.STDOUT, text=True))
print(subprocess.check_output(["cat"], input=b"piped"))
try:
    subprocess.check_output(["sh", "-c", "printf no; exit 9"])
except subprocess.CalledProcessError as e:
    print(e, e.output)
try:
    subprocess.check_output(["sh", "-c", "kill -9 $$"])
except subprocess.CalledProcessError as e:
    print(e.returncode in (-9, 137))
print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("echo status; exit 3"))
print(subprocess.getstatusoutput("echo err-only >&2"))
print(subprocess.getstatusoutput("nonexistent_command_krait_test")[0])

# the exceptions and CompletedProcess by themselves
e = subprocess.CalledProcessError(1, ["cmd", "arg"], output=b"o", stderr=b"e")
print(str(e), e.args, e.stdout, e.stderr)
print(subprocess.CalledProcessError(-15, "x"))
print(subprocess.CalledProcessError(-200, "x"))
t = subprocess.TimeoutExpired(["sleep", "9"], 2.5, output=b"so far")
print(str(t), repr(t), t.timeout, t.output, t.stdout, t.stderr)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), issubclass(subprocess.TimeoutExpired, Exception))
c = subprocess.CompletedProcess(["a"], 0, b"x", None)
print(c, c.check_returncode())
try:
    subprocess.CompletedProcess("b", 3, None, b"err").check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stderr)
print(subprocess.CompletedProcess[bytes], subprocess.Popen[str])


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("missing program:", subprocess.run, ["no_such_program_krait"])
attempt("missing path:", subprocess.run, ["./no/such/program"])
attempt("not executable:", subprocess.run, ["subprocess_run.py"])
attempt("directory:", subprocess.run, ["/"])
attempt("bad cwd:", subprocess.run, ["true"], cwd="no_such_directory")
attempt("argument type:", subprocess.run, ["echo", 3])
attempt("env name:", subprocess.run, ["true"], env={"A=B": "1"})
attempt("input and stdin:", subprocess.run, ["cat"], input=b"x", stdin=subprocess.PIPE)
attempt("capture and stdout:", subprocess.run, ["true"], capture_output=True, stderr=subprocess.PIPE)
attempt("check_output stdout:", subprocess.check_output, ["true"], stdout=subprocess.PIPE)
attempt("check_output check:", subprocess.check_output, ["true"], check=False)
attempt("text and universal_newlines:", subprocess.Popen, ["true"], text=True, universal_newlines=False)
attempt("bufsize:", subprocess.Popen, ["true"], bufsize=1.5)
attempt("shell path-like:", subprocess.Popen, __import__("pathlib").Path("x"), shell=True)
attempt("timeout:", subprocess.run, ["sleep", "5"], timeout=0.3, capture_output=True)
try:
    subprocess.run(["sh", "-c", "echo started; sleep 5"], stdout=subprocess.PIPE, timeout=1)
except subprocess.TimeoutExpired as e:
    print("timeout output:", e.stdout, e.stderr, e.timeout)
try:
    subprocess.check_output("echo text-started; sleep 5", shell=True, text=True, timeout=1)
except subprocess.TimeoutExpired as e:
    print("text timeout output:", e.output)

attempt("str input in binary mode:", subprocess.run, ["cat"], input="x", capture_output=True)
attempt("bytes shell command:", subprocess.run, b"echo bytes command", shell=True, capture_output=True)
attempt("path-like program:", subprocess.run, __import__("pathlib").Path("/bin/true"))
attempt("bytes environment:", subprocess.run, ["sh", "-c", "echo $A"], env={b"A": b"bytes"}, capture_output=True)
attempt("NUL in environment:", subprocess.run, ["true"], env={"A": "x\0y"})
attempt("NUL in argument:", subprocess.run, ["echo", "x\0y"])
attempt("no arguments:", subprocess.run, [])
attempt("BytesIO as stdin:", subprocess.run, ["cat"], stdin=__import__("io").BytesIO(b"x"))
print(subprocess.run(["sh", "-c", "printf '%s' \"$1\"", "sh", "quote\" and space"], capture_output=True).stdout)
print(subprocess.list2cmdline(["a b", 'c"d', "e\\", ""]))

# children writing to the parent's own stdout and stderr
sys.stdout.flush()
subprocess.run(["echo", "child on stdout"])
subprocess.run("echo child on stderr >&2", shell=True)
subprocess.run(["echo", "stderr to stdout"], stdout=sys.stderr)
print("done")
