# The command lines of calendar and uuid (python -m calendar / -m uuid), run through their main().
import calendar
import sys
import uuid

for argv in (["2024", "2"], ["-w", "3", "-l", "2", "2024", "1"], ["-m", "4", "-s", "2", "2020"], ["-t", "html", "1999"],
             ["-e", "ascii", "2024", "3"], ["-t", "html", "2024", "2"], ["-L", "C", "2024"], ["13"], ["x"]):
    sys.argv = ["calendar.py"] + argv
    try:
        calendar.main(sys.argv)
    except SystemExit as e:
        print("SystemExit", e.code)
    except Exception as e:
        print(type(e).__name__, e)
    sys.stdout.flush()
for argv in (["-u", "uuid5", "-n", "@dns", "-N", "python.org"], ["-u", "uuid3", "-n", "@url", "-N", "http://x/"],
             ["-u", "uuid3", "-n", "6ba7b811-9dad-11d1-80b4-00c04fd430c8", "-N", "x"], ["-u", "uuid3"], ["-u", "uuid9"]):
    sys.argv = ["uuid.py"] + argv
    try:
        uuid.main()
    except SystemExit as e:
        print("SystemExit", e.code)
    sys.stdout.flush()
sys.argv = ["uuid.py"]
uuid_text = []
import io, contextlib
with contextlib.redirect_stdout(io.StringIO()) as out:
    uuid.main()
print(uuid.UUID(out.getvalue().strip()).version)
