class Resource:
    def close(self):
        raise RuntimeError("close failed")
def work():
    r = Resource()
    try:
        items = [1, 2, 3]
        return items[10]
    finally:
        r.close()
work()
