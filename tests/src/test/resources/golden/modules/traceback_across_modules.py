import _failing

def run():
    print("running")
    return _failing.explode("zz")

run()
