settings = {
    "name": "demo",
    "size": (1 +
}
