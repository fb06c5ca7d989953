#!/usr/bin/env python3
"""Times a coordinator's role matching run (POST /roles/proposals), one request after the other (docs/region-scale.md).

    python3 scripts/bench/role_proposals_times.py --base http://localhost:8631 --email coordinator1@org01.region.demo

Prints each run's time in ms and the page's size. Python's standard library only.
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from load_web import Session  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--email", default="coordinator1@org01.region.demo")
    parser.add_argument("--repeat", type=int, default=6)
    args = parser.parse_args()
    session = Session(args.base)
    session.sign_in(args.email)
    for _ in range(args.repeat):
        start = time.perf_counter()
        status, page = session.request("POST", "/roles/proposals", b"", "application/x-www-form-urlencoded")
        print("status %d  %.0f ms  %d bytes" % (status, (time.perf_counter() - start) * 1000, len(page)), flush=True)


if __name__ == "__main__":
    main()
