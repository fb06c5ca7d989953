#!/usr/bin/env python3
"""Median time of the main pages for one signed-in user, requested one after the other (docs/region-scale.md).

    python3 scripts/bench/page_times.py --base http://localhost:8099 --email werker@demostad.demo

Finds the user's first participant, trajectory and programme from their lists, then asks each page --repeat times
after --warmup untimed requests, and prints the median, the fastest and the slowest in ms and the page's size.
Pages a role cannot open are left out. Python's standard library only.

To compare nodes (a demo database beside a region-size one) measured the same way under the same load, name more
users with --compare BASE EMAIL (as often as needed). Each user signs in with a session of its own and finds its own
participant, trajectory and programme; then, page by page, the users take turns request by request (the first of
each round rotates), so a burst of load elsewhere on the machine falls on all of them alike:

    python3 scripts/bench/page_times.py --base http://localhost:8101 --email werker@demostad.demo \\
        --compare http://localhost:8102 werker1@org01.region.demo \\
        --compare http://localhost:8102 werker@demostad.demo

The table then has median (min–max) per user and each compared user's median as a ratio of the first user's, and
the machine's load averages when the run started and ended. --page "participant list" --page "participant search"
times only the pages named (by their names in the table), for a change that concerns a few of them or a machine too
busy to time them all; the audit page's newest rows are then what was asked before it in this run, not what a full
run asks.
"""
import argparse
import datetime
import html
import os
import re
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from load_web import Session  # noqa: E402

UUID = "([0-9a-f-]{36})"


def first_link(session, path, pattern):
    status, page = session.request("GET", path)
    match = re.search(pattern, page) if status == 200 else None
    return match.group(1) if match else None


def next_link(session, path):
    """The address of a paged list's next page (fragments/paging.html), or None when the list has one page."""
    status, page = session.request("GET", path)
    match = re.search(r'<a href="([^"]+)" rel="next"', page) if status == 200 else None
    return html.unescape(match.group(1)) if match else None


def pages_of(session, search, only=None):
    """(name, path) of the main pages this user can reach, found from the user's own lists."""
    participant = first_link(session, "/participants", r'href="/participants/' + UUID + '"')
    trajectory = first_link(session, "/trajectories", r'href="/trajectories/' + UUID + '"')
    programme = first_link(session, "/programmes", r'href="/programmes/' + UUID + '"')
    pages = {"participant list": "/participants",
             "participant list, next page": next_link(session, "/participants"),
             "participant search": "/participants?q=" + search}
    if participant:
        pages["map"] = "/participants/%s/map" % participant
        pages["analysis"] = "/participants/%s/map/analysis" % participant
    pages["trajectory list"] = "/trajectories"
    pages["trajectory start"] = "/trajectories/new"
    if trajectory:
        pages["trajectory"] = "/trajectories/" + trajectory
    if programme:
        pages["programme: waiting list and proposals"] = "/programmes/" + programme
        pages["programme: put on the waiting list"] = "/programmes/%s/waiting/new" % programme
    pages["audit"] = "/audit"
    # the newest audit rows are often this run's own list views, each naming the 50 participants it showed
    pages["audit, one action"] = "/audit?action=READ"
    return {name: path for name, path in pages.items() if path and (only is None or name in only)}


def measure_alone(args):
    session = Session(args.base)
    session.sign_in(args.email)
    print("| page | median ms | min ms | max ms | KB |")
    print("|---|---|---|---|---|")
    for name, path in pages_of(session, args.search, args.only).items():
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


def measure_in_turns(args):
    users = [(args.base, args.email)] + [tuple(pair) for pair in args.compare]
    sessions = []
    for base, email in users:
        session = Session(base)
        session.sign_in(email)
        sessions.append(session)
    found = [pages_of(session, args.search, args.only) for session in sessions]
    names = []
    for pages in found:
        names += [name for name in pages if name not in names]

    load_start = os.getloadavg()
    started_at = datetime.datetime.now(datetime.timezone.utc)
    rows = []
    for name in names:
        # a user whose role cannot open the page (or who has no such page) sits this page out
        paths, sizes = [], []
        for session, pages in zip(sessions, found):
            path = pages.get(name)
            status, body = session.request("GET", path) if path else (None, "")
            paths.append(path if status == 200 else None)
            sizes.append(len(body.encode()) / 1024 if status == 200 else None)
        taking_part = [i for i, path in enumerate(paths) if path]
        if not taking_part:
            continue
        times = {i: [] for i in taking_part}
        failures = {i: 0 for i in taking_part}
        for round_number in range(args.warmup + args.repeat):
            shift = round_number % len(taking_part)
            for i in taking_part[shift:] + taking_part[:shift]:
                began = time.perf_counter()
                status, _ = sessions[i].request("GET", paths[i])
                took = (time.perf_counter() - began) * 1000
                if status != 200:
                    failures[i] += 1
                elif round_number >= args.warmup:
                    times[i].append(took)
        rows.append((name, times, failures, sizes))
    load_end = os.getloadavg()

    print("%s UTC, %d rounds after %d untimed, load average (1, 5, 15 min) at start %.2f %.2f %.2f, at end %.2f %.2f %.2f"
          % (started_at.strftime("%Y-%m-%d %H:%M"), args.repeat, args.warmup, *load_start, *load_end))
    print()
    header = ["page"] + ["%s %s" % (email, base) for base, email in users]
    header += ["ratio %d/1" % (i + 1) for i in range(1, len(users))]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for name, times, failures, sizes in rows:
        cells = [name]
        for i in range(len(users)):
            if i not in times or not times[i]:
                cells.append("—")
                continue
            cell = "%.1f (%.1f–%.1f), %.0f KB" % (statistics.median(times[i]), min(times[i]), max(times[i]), sizes[i])
            if failures[i]:
                cell += ", %d failed" % failures[i]
            cells.append(cell)
        for i in range(1, len(users)):
            if 0 in times and times[0] and i in times and times[i]:
                cells.append("%.2f" % (statistics.median(times[i]) / statistics.median(times[0])))
            else:
                cells.append("—")
        print("| " + " | ".join(cells) + " |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--email", required=True)
    parser.add_argument("--compare", nargs=2, action="append", default=[], metavar=("BASE", "EMAIL"),
                        help="another user (on this or another node) measured in turns with the first")
    parser.add_argument("--search", default="a")
    parser.add_argument("--page", action="append", dest="pages", metavar="NAME",
                        help="only this page, by its name in the table (as often as needed); all when left out")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args()
    args.only = set(args.pages) if args.pages else None
    if args.compare:
        measure_in_turns(args)
    else:
        measure_alone(args)


if __name__ == "__main__":
    main()
