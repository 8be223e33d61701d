class Customer:
    def __init__(self, ident, arrival, service):
        self.ident = ident
        self.arrival = arrival
        self.service = service
    def __repr__(self):
        return f"C{self.ident}"
arrivals = [(0, 3), (1, 2), (2, 4), (6, 1), (7, 2), (7, 3), (12, 1)]
customers = [Customer(i + 1, a, s) for i, (a, s) in enumerate(arrivals)]
waiting = []
clock = 0
busy_until = 0
current = None
waits = {}
pending = list(customers)
while pending or waiting or current:
    while pending and pending[0].arrival == clock:
        c = pending.pop(0)
        waiting.append(c)
        print(f"t={clock:>2}: {c} arrives, queue={waiting}")
    if current and clock == busy_until:
        print(f"t={clock:>2}: {current} leaves")
        current = None
    if current is None and waiting:
        current = waiting.pop(0)
        waits[current.ident] = clock - current.arrival
        busy_until = clock + current.service
        print(f"t={clock:>2}: serving {current} until t={busy_until}")
    clock += 1
avg = sum(waits.values()) / len(waits)
print(f"average wait {avg:.2f}, longest wait {max(waits.values())} (C{max(waits, key=waits.get)})")
