print("the local colorsys.py runs")
NAME = "local colorsys"
