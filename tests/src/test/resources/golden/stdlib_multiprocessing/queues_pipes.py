# multiprocessing's Queue, JoinableQueue, SimpleQueue and Pipe between processes, and their errors.
import multiprocessing as mp
import queue


def square_all(tasks, results):
    # a JoinableQueue of work, a Queue of answers; None ends the loop
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put((item, item * item))
        tasks.task_done()


def echo(conn, simple):
    # answers on the pipe until the parent closes its end
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            simple.put("child saw EOFError")
            break
        conn.send(("echo", msg))
    conn.close()


def write_only(w):
    for chunk in (b"abc", b"defgh"):
        w.send_bytes(chunk)
    w.send({"k": [1, 2]})
    w.close()


if __name__ == "__main__":
    mp.set_start_method("spawn")

    tasks = mp.JoinableQueue()
    results = mp.Queue()
    p = mp.Process(target=square_all, args=(tasks, results))
    p.start()
    for i in range(5):
        tasks.put(i)
    tasks.put(None)
    tasks.join()
    print(sorted(results.get(timeout=60) for _ in range(5)))
    p.join()
    print("exitcode", p.exitcode)

    parent_end, child_end = mp.Pipe()
    simple = mp.SimpleQueue()
    p = mp.Process(target=echo, args=(child_end, simple))
    p.start()
    child_end.close()
    for msg in ("one", 2, [3.0, None], {"four": (4,)}):
        parent_end.send(msg)
        print(parent_end.recv())
    print(parent_end.poll(), parent_end.poll(0.05))
    parent_end.close()
    print(simple.get())
    p.join()
    print("exitcode", p.exitcode, simple.empty())

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=write_only, args=(w,))
    p.start()
    w.close()
    print(r.recv_bytes(), r.poll(30))
    buf = bytearray(10)
    print(r.recv_bytes_into(buf, 2), buf)
    print(r.recv())
    try:
        r.recv()
    except EOFError:
        print("EOFError at the end")
    p.join()
    print(r.readable, r.writable, w.readable, w.writable, r.closed, w.closed)

    # the errors, in this process
    q = mp.Queue(maxsize=1)
    q.put("x")
    print(q.full(), q.qsize())
    try:
        q.put("y", timeout=0.05)
    except queue.Full:
        print("queue.Full")
    print(q.get(), q.empty())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("queue.Empty")
    try:
        q.get_nowait()
    except queue.Empty:
        print("queue.Empty (nowait)")
    q.close()
    q.join_thread()
    try:
        q.put(1)
    except ValueError as e:
        print("ValueError", str(e).startswith("Queue <multiprocessing.queues.Queue object at"), str(e)[-10:])
    jq = mp.JoinableQueue()
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError", e)
    import pickle
    for obj in (mp.Queue(), mp.JoinableQueue(), mp.Lock()):
        try:
            pickle.dumps(obj)
        except RuntimeError as e:
            print("RuntimeError", e)
    a, b = mp.Pipe()
    a.send_bytes(b"0123456789", 2, 3)
    print(b.recv_bytes())
    for args in ((-1,), (11,), (0, -1), (5, 6)):
        try:
            a.send_bytes(b"0123456789", *args)
        except ValueError as e:
            print("ValueError", e)
    a.send_bytes(b"too long")
    try:
        b.recv_bytes_into(bytearray(3))
    except mp.BufferTooShort as e:
        print("BufferTooShort", e.args[0])
    a.send_bytes(b"longer than 4")
    try:
        b.recv_bytes(4)
    except OSError as e:
        print("OSError", e, b.closed)
    try:
        b.recv()
    except OSError as e:
        print("OSError", e)
    r, w = mp.Pipe(False)
    for action in (lambda: r.send(1), lambda: w.recv()):
        try:
            action()
        except OSError as e:
            print("OSError", e)
    r.close()
    try:
        w.send(1)
    except BrokenPipeError as e:
        print("BrokenPipeError", e)
    with mp.Pipe()[0] as c:
        print(c.closed)
    print(c.closed)
