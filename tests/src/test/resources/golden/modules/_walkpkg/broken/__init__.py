print("importing", __name__)
raise ImportError("broken on purpose")
