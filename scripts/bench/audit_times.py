#!/usr/bin/env python3
"""The audit page's size and time when its newest rows name many participants (docs/region-scale.md).

    python3 scripts/bench/audit_times.py --base http://localhost:8113 --seed \\
        --lister coordinator@demostad.demo --admin beheer@demostad.demo

With --seed, the lister first registers participants through the API until the first page of their list is full
(50 rows), then opens that list --views times: each view writes one audit row naming the 50 participants it showed.
Then the admin asks for the unfiltered audit page --repeat times after --warmup untimed requests, and the script
prints the median and fastest time in ms, the page's size, how many participant numbers it draws, and the machine's
load averages when the timing started and ended. Without --seed it only times (the same rows for another jar).
Python's standard library only.
"""
import argparse
import json
import os
import re
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from load_web import Session  # noqa: E402

PAGE_SIZE = 50
SUBJECT = re.compile(r'href="/audit\?participant=[0-9a-f-]{36}"')
LISTED = re.compile(r'data-participant-id="[0-9a-f-]{36}"')


def seed(base, lister, views):
    session = Session(base)
    session.sign_in(lister)
    status, page = session.request("GET", "/participants")
    listed = len(LISTED.findall(page))
    for n in range(listed, PAGE_SIZE):
        body = json.dumps({"name": "Audit fold %d" % n, "consents": [{"purpose": "PROCESSING"}]}).encode()
        status, answer = session.request("POST", "/api/v1/participants", body, "application/json", "application/json")
        if status != 201:
            raise SystemExit("registering a participant: %d %s" % (status, answer[:200]))
    for _ in range(views):
        session.request("GET", "/participants")


def timed(session, path, repeat, warmup):
    for _ in range(warmup):
        session.request("GET", path)
    times = []
    page = ""
    for _ in range(repeat):
        start = time.perf_counter()
        status, page = session.request("GET", path)
        times.append((time.perf_counter() - start) * 1000)
        if status != 200:
            raise SystemExit("%s: %d" % (path, status))
    return times, page


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--admin", required=True)
    parser.add_argument("--lister")
    parser.add_argument("--seed", action="store_true")
    parser.add_argument("--views", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--path", default="/audit")
    args = parser.parse_args()
    if args.seed:
        seed(args.base, args.lister, args.views)
    admin = Session(args.base)
    admin.sign_in(args.admin)
    load_before = os.getloadavg()
    times, page = timed(admin, args.path, args.repeat, args.warmup)
    load_after = os.getloadavg()
    print("%s: median %.1f ms (fastest %.1f), %.0f KB, %d participant numbers; load average %.1f -> %.1f (1 min)"
          % (args.path, statistics.median(times), min(times), len(page.encode("utf-8")) / 1024,
             len(SUBJECT.findall(page)), load_before[0], load_after[0]))


if __name__ == "__main__":
    main()
