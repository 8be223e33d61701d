rooms = {
    "hall": {"north": "library", "east": "kitchen"},
    "library": {"south": "hall"},
    "kitchen": {"west": "hall", "down": "cellar"},
    "cellar": {"up": "kitchen"},
}
def path(start, goal):
    frontier = [(start, [start])]
    seen = {start}
    while frontier:
        room, route = frontier.pop(0)
        if room == goal:
            return route
        for direction, nxt in sorted(rooms[room].items()):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append((nxt, route + [nxt]))
    return None
print(" -> ".join(path("library", "cellar")))
location = "hall"
for cmd in ["go east", "go down", "look", "go west", "go up", "go up", "go west"]:
    verb, _, arg = cmd.partition(" ")
    if verb == "look":
        exits = ", ".join(sorted(rooms[location]))
        print(f"You are in the {location}. Exits: {exits}")
    elif arg in rooms[location]:
        location = rooms[location][arg]
        print(f"You go {arg} to the {location}.")
    else:
        print(f"You can't go {arg} from the {location}.")
