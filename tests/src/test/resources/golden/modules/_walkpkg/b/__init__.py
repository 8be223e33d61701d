import sys; print("importing", __name__, file=sys.stdout)
