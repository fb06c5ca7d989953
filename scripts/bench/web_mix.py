#!/usr/bin/env python3
"""The mixed web load benchmark: wrk at 64 and 256 connections against a running Brugwerk with its demo data.

Six kinds of request run at the same time, each from its own wrk process with one connection per wrk thread and
a signed-in session per connection (docs/benchmarks.md, "Mixed load"):
static (a content-hashed stylesheet), page (the map editor page), json (the map's JSON), save (PUT of the map with
the version it read last, each save connection on a participant of its own, so no 409 is expected), analysis (the
analysis page) and list (the participant list).

    python3 scripts/bench/web_mix.py --base http://localhost:8099 --connections 64 --sessions many
    python3 scripts/bench/web_mix.py --base http://localhost:8099 --connections 64 --sessions shared

--sessions many signs in one session per connection across three demo accounts (one after the other: a parallel
sign-in of one account is refused on purpose); --sessions shared signs in once and lets every connection use
that one session. The first run creates the benchmark participants ("Bench 01" …, registered by the social worker,
shared with and assigned to the volunteer coach) with a map of eight members and ten ties each; later runs reuse
them. Prints one markdown table row per kind, the ratios the issue asks for, and the load average during the run.
Needs wrk (Debian package wrk) and Python's standard library.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from load_web import Session  # noqa: E402

KINDS = ["static", "page", "json", "save", "analysis", "list"]
ACCOUNTS = ["werker@demostad.demo", "coach@demostad.demo", "coordinator@demostad.demo"]
HERE = os.path.dirname(os.path.abspath(__file__))


def cookie_of(session):
    for handler in session.opener.handlers:
        jar = getattr(handler, "cookiejar", None)
        if jar is not None:
            for cookie in jar:
                if cookie.name == "SESSION":
                    return cookie.value
    raise SystemExit("no SESSION cookie after sign-in")


def bench_map():
    members = []
    categories = ["FAMILY", "FRIEND", "NEIGHBOUR", "PROFESSIONAL", "FAMILY", "FRIEND", "NEIGHBOUR", "FRIEND"]
    rings = ["INNER", "MIDDLE", "OUTER"]
    for n, category in enumerate(categories):
        members.append({"id": str(uuid.uuid4()), "name": "Lid " + str(n + 1), "category": category,
                        "ring": rings[n % 3], "frequency": "MONTHLY", "support": {"AFFECTIVE": "BOTH"},
                        "valence": "SUPPORTIVE", "status": "ACTIVE", "capitalType": "BONDING",
                        "level": "NEIGHBOURHOOD", "lightTie": False, "formal": category == "PROFESSIONAL"})
    ties = [{"first": members[a]["id"], "second": members[b]["id"], "strength": 1}
            for a, b in [(0, 1), (0, 4), (1, 4), (2, 6), (3, 5), (5, 7), (1, 7), (2, 3), (4, 6), (0, 7)]]
    return {"version": 0, "members": members, "ties": ties}


def prepare_participants(base, count):
    worker, coordinator = Session(base), Session(base)
    worker.sign_in(ACCOUNTS[0])
    coordinator.sign_in(ACCOUNTS[2])
    listed = json.loads(worker.request("GET", "/api/v1/participants", accept="application/json")[1])
    everyone = json.loads(coordinator.request("GET", "/api/v1/participants", accept="application/json")[1])
    coach = next(e["accountId"] for p in everyone for e in p["caseload"] if e["role"] == "VOLUNTEER_COACH")
    bench = sorted((p for p in listed if re.fullmatch(r"Bench \d\d", p["name"])), key=lambda p: p["name"])
    ids = [p["id"] for p in bench]
    for n in range(len(bench), count):
        body = {"name": "Bench %02d" % (n + 1), "consents": [
            {"purpose": "PROCESSING"}, {"purpose": "SHARING", "sharedWith": ["VOLUNTEER_COACH"]}]}
        status, answer = worker.request("POST", "/api/v1/participants", json.dumps(body).encode(),
                                        "application/json", "application/json")
        if status != 201:
            raise SystemExit("could not register a benchmark participant: " + str(status) + " " + answer[:300])
        participant = json.loads(answer)["id"]
        status, answer = coordinator.request("PUT", "/api/v1/participants/%s/caseload/%s" % (participant, coach))
        if status != 204:
            raise SystemExit("could not assign the coach: " + str(status))
        status, answer = worker.request("PUT", "/api/v1/participants/%s/map" % participant,
                                        json.dumps(bench_map()).encode(), "application/json", "application/json")
        if status != 200:
            raise SystemExit("could not save a benchmark map: " + str(status) + " " + answer[:300])
        ids.append(participant)
    return ids[:count]


def static_path(session, participant):
    page = session.request("GET", "/participants/%s/map" % participant)[1]
    return re.search(r'href="(/css/brugwerk-[0-9a-f]+\.css)"', page).group(1)


def run_wrk(base, kind, connections, seconds, sessions_file, first_line, output):
    command = ["wrk", "-t%d" % connections, "-c%d" % connections, "-d%ds" % seconds, "--timeout", "10s",
               "--latency", "-s", os.path.join(HERE, "mixed.lua"), base, "--", kind, sessions_file, str(first_line)]
    output[kind] = subprocess.run(command, capture_output=True, text=True).stdout


def milliseconds(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def parse(text):
    result = {"requests": int(re.search(r"(\d+) requests in", text).group(1)),
              "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
              "p50": milliseconds(re.search(r"\s50%\s+(\S+)", text).group(1)),
              "p99": milliseconds(re.search(r"\s99%\s+(\S+)", text).group(1)),
              "non2xx": 0, "socket": 0}
    non = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if non:
        result["non2xx"] = int(non.group(1))
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if errors:
        result["socket"] = sum(int(g) for g in errors.groups())
        result["timeouts"] = int(errors.group(4))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--sessions", choices=["many", "shared"], default="many")
    parser.add_argument("--seconds", type=int, default=30)
    args = parser.parse_args()

    per_kind = [args.connections // len(KINDS) + (1 if n < args.connections % len(KINDS) else 0)
                for n in range(len(KINDS))]
    saves = per_kind[KINDS.index("save")]
    participants = prepare_participants(args.base, max(saves, 8))

    shared = None
    if args.sessions == "shared":
        shared = Session(args.base)
        shared.sign_in(ACCOUNTS[1])
    work = tempfile.mkdtemp(prefix="brugwerk-bench-")
    sessions_file = os.path.join(work, "sessions.tsv")
    lines, line = [], 0
    stylesheet = None
    for kind, count in zip(KINDS, per_kind):
        for n in range(count):
            if shared is not None:
                session = shared
            else:
                session = Session(args.base)
                session.sign_in(ACCOUNTS[line % len(ACCOUNTS)])
            participant = participants[n % len(participants)]
            if stylesheet is None:
                stylesheet = static_path(session, participant)
            if kind == "save":
                document = session.request("GET", "/api/v1/participants/%s/map" % participant,
                                           accept="application/json")[1]
                with open(sessions_file + "." + participant + ".json", "w") as out:
                    out.write(document)
            lines.append("\t".join([cookie_of(session), session.csrf, participant, stylesheet]))
            line += 1
    with open(sessions_file, "w") as out:
        out.write("\n".join(lines) + "\n")

    loads, done = [], threading.Event()

    def sample_load():
        while not done.wait(5):
            with open("/proc/loadavg") as f:
                loads.append(float(f.read().split()[0]))

    output, threads, first = {}, [], 0
    sampler = threading.Thread(target=sample_load)
    sampler.start()
    started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    for kind, count in zip(KINDS, per_kind):
        threads.append(threading.Thread(target=run_wrk, args=(args.base, kind, count, args.seconds,
                                                               sessions_file, first, output)))
        first += count
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    sampler.join()

    results = {kind: parse(output[kind]) for kind in KINDS}
    print("%s, %d connections, %s sessions, %d s, load average %.1f–%.1f (1-minute, sampled every 5 s)"
          % (started, args.connections, args.sessions, args.seconds, min(loads), max(loads)))
    print("| kind | connections | requests | req/s | p50 ms | p99 ms | non-2xx | socket errors (timeouts) |")
    print("|---|---|---|---|---|---|---|---|")
    for kind, count in zip(KINDS, per_kind):
        r = results[kind]
        print("| %s | %d | %d | %.1f | %.1f | %.1f | %d | %d (%d) |" % (kind, count, r["requests"], r["rps"], r["p50"],
              r["p99"], r["non2xx"], r["socket"], r.get("timeouts", 0)))
    page = results["page"]["rps"]
    print("map page / static: %.0f %%; map page / map JSON: %.0f %%"
          % (100 * page / results["static"]["rps"], 100 * page / results["json"]["rps"]))
    if os.environ.get("BENCH_KEEP_OUTPUT"):
        for kind in KINDS:
            print(output[kind])


if __name__ == "__main__":
    main()
