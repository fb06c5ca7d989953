#!/usr/bin/env python3
"""Median time of the main pages for one signed-in user, requested one after the other (docs/region-scale.md).

    python3 scripts/bench/page_times.py --base http://localhost:8099 --email werker@demostad.demo

Finds the user's first participant, trajectory and programme from their lists, then asks each page --repeat times
after --warmup untimed requests, and prints the median, the fastest and the slowest in ms and the page's size.
Pages a role cannot open are left out. Python's standard library only.
"""
import argparse
import os
import re
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from load_web import Session  # noqa: E402


def first_link(session, path, pattern):
    status, page = session.request("GET", path)
    match = re.search(pattern, page) if status == 200 else None
    return match.group(1) if match else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--email", required=True)
    parser.add_argument("--search", default="a")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args()

    session = Session(args.base)
    session.sign_in(args.email)
    uuid = "([0-9a-f-]{36})"
    participant = first_link(session, "/participants", r'href="/participants/' + uuid + '"')
    trajectory = first_link(session, "/trajectories", r'href="/trajectories/' + uuid + '"')
    programme = first_link(session, "/programmes", r'href="/programmes/' + uuid + '"')
    pages = [("participant list", "/participants"), ("participant search", "/participants?q=" + args.search)]
    if participant:
        pages += [("map", "/participants/%s/map" % participant),
                  ("analysis", "/participants/%s/map/analysis" % participant)]
    if trajectory:
        pages.append(("trajectory", "/trajectories/" + trajectory))
    if programme:
        pages.append(("programme: waiting list and proposals", "/programmes/" + programme))
    pages.append(("audit", "/audit"))

    print("| page | median ms | min ms | max ms | KB |")
    print("|---|---|---|---|---|")
    for name, path in pages:
        status, body = session.request("GET", path)
        if status != 200:
            continue
        for _ in range(args.warmup):
            session.request("GET", path)
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            session.request("GET", path)
            times.append((time.perf_counter() - started) * 1000)
        print("| %s | %.1f | %.1f | %.1f | %.0f |" % (name, statistics.median(times), min(times), max(times),
                                                       len(body.encode()) / 1024))


if __name__ == "__main__":
    main()
