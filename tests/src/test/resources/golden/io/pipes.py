# os.pipe(): real pipes read and written with os.read/os.write, open(fd), os.fdopen and the buffered classes; a blocked
# read lets a writer thread run; non-blocking ends; select.select on pipe ends; the errors of each misuse.
import os, threading, time, io
r, w = os.pipe()
print(type(r), r != w)
print(os.write(w, b'hello'))
print(os.read(r, 3), os.read(r, 10))
print(os.get_blocking(r), os.get_blocking(w))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
os.set_blocking(r, True)
def writer():
    time.sleep(0.3)
    os.write(w, b'late')
t = threading.Thread(target=writer); t.start()
print(os.read(r, 100))
t.join()
try:
    os.lseek(r, 0, 0)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.read(w, 1)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.write(r, b'x')
except OSError as e:
    print(type(e).__name__, e)
f = os.fdopen(w, 'w')
print(f.write('line1\nline2\n'))
f.close()
g = open(r, 'rb')
print(g.readline(), g.read(), g.read())
g.close()
try:
    os.close(r)
except OSError as e:
    print(type(e).__name__, e)
r, w = os.pipe()
with open(w, 'wb', buffering=0) as out:
    print(out.write(b'abc\ndef'))
with open(r, 'rb', buffering=0) as inp:
    b = bytearray(10)
    print(inp.readinto(b), b)
    print(inp.read(5))
r, w = os.pipe()
os.write(w, b'x\ny\n'); os.close(w)
with open(r) as t:
    print(list(t))
r, w = os.pipe()
os.close(w)
print(os.read(r, 5))
os.close(r)
r, w = os.pipe()
os.set_blocking(w, False)
total = 0
try:
    while True:
        total += os.write(w, b'x' * 4096)
except BlockingIOError as e:
    print('full', total > 0, e)
os.close(r)
try:
    os.write(w, b'x')
except BrokenPipeError as e:
    print(type(e).__name__, e)
os.close(w)
rp, wp = os.pipe()
pair = io.BufferedRWPair(open(rp, 'rb', buffering=0), open(wp, 'wb', buffering=0))
pair.write(b'ping\n'); pair.flush()
print(pair.readline())
pair.close()
import select, socket
r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b'x')
print(select.select([r], [w], [], 0) == ([r], [w], []))
print(os.read(r, 1))
print(select.select([r], [], [], 0.1))
def later():
    time.sleep(0.2)
    os.write(w, b'yz')
t = threading.Thread(target=later); t.start()
start = time.monotonic()
print([["r" if x == r else "w" if x == w else x for x in l] for l in select.select([r], [], [])], time.monotonic() - start > 0.1)
t.join()
a, b = socket.socketpair()
b.send(b'q')
print(select.select([r, a], [], [], 1) == ([r, a], [], []))
print(os.read(r, 5), a.recv(1))
print(select.select([r, a], [], [], 0.05))
os.close(w)
print([["r" if x == r else "w" if x == w else x for x in l] for l in select.select([r], [], [], 1)])
print(os.read(r, 5))
os.close(r)
try:
    select.select([r], [], [], 0)
except OSError as e:
    print(type(e).__name__, e)
a.close(); b.close()

# a read waiting on a pipe keeps its bytearray exported: it cannot be resized meanwhile
r, w = os.pipe()
f = open(r, 'rb', buffering=0)
target = bytearray(8)
result = []
t = threading.Thread(target=lambda: result.append(f.readinto(target)))
t.start()
# once the thread waits in readinto, resizing fails (the loop only gives a slow thread time to get there)
for attempt in range(200):
    try:
        target.append(0)
    except BufferError as e:
        print('BufferError', e)
        break
    del target[-1]
    time.sleep(0.05)
print(result)
os.write(w, b'data')
t.join()
print(result, target)
target.append(1)
print(len(target))

# a buffered reader over a pipe's raw file returns a line as soon as it has arrived
reader = io.BufferedReader(f)
os.write(w, b'first\nsecond')
print(reader.readline())
print(reader.peek()[:6])
os.write(w, b' half\n')
print(reader.readline())
os.close(w)
print(reader.read())
reader.close()
print(f.closed)
try:
    os.read(r, 1)
except OSError as e:
    print(type(e).__name__, e)
