# queue: Queue/LifoQueue/PriorityQueue/SimpleQueue between threads, timeouts, Empty/Full, task_done
import queue, threading, types
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
out = []
def consumer():
    while (item := q.get()) is not None:
        out.append(item * 10)
        q.task_done()
    q.task_done()
c = threading.Thread(target=consumer); p = threading.Thread(target=producer)
c.start(); p.start(); p.join(); c.join()
print(out, q.empty(), q.qsize())
q2 = queue.Queue(maxsize=1); q2.put(1)
try: q2.put(2, timeout=0.01)
except queue.Full: print("Full")
try: queue.Queue().get_nowait()
except queue.Empty: print("Empty")
pq = queue.PriorityQueue(); [pq.put(x) for x in (3,1,2)]; print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(x) for x in (3,1,2)]; print([lq.get() for _ in range(3)])
sq = queue.SimpleQueue(); sq.put(1); print(sq.get(), sq.empty())
try: sq.get(timeout=0.01)
except queue.Empty: print("Empty2")
print(queue.Queue[int])
try: q.task_done()
except ValueError as e: print(e)
