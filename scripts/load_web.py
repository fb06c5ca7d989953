#!/usr/bin/env python3
"""A load script for the web: volunteer coaches editing network maps as the editor does.

Each virtual user signs in once with its own session, then repeats what the map editor does while someone draws:
read the working copy (GET .../map), save an edit with the version it read (PUT .../map), and now and then open
the analysis page (GET /participants/{id}/map/analysis). All users work on the same participant's map, so
concurrent saves meet the version check: a 409 is counted apart, as the editor would show it, and is no error.

Python standard library only. Start Brugwerk with its demo data first (README's run command), then:

    python3 scripts/load_web.py --base http://localhost:8080 --users 8 --seconds 60

It prints one JSON object: requests per kind with median, 90th and 99th percentile and the largest time in ms,
409 answers, errors, throughput, and the saves that answered 200 beside how far the map's version moved (equal
when no save overwrote another). Figures and the machine are written up in docs/benchmarks.md.
"""
import argparse
import http.cookiejar
import json
import re
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

DEMO_PASSWORD = "brugwerk-demo"


class Session:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.csrf = None

    def request(self, method, path, body=None, content_type=None, accept="text/html"):
        headers = {"Accept": accept}
        if content_type:
            headers["Content-Type"] = content_type
        if self.csrf and method != "GET":
            headers["X-CSRF-TOKEN"] = self.csrf
        req = urllib.request.Request(self.base + path, data=body, method=method, headers=headers)
        try:
            with self.opener.open(req, timeout=60) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as refused:
            return refused.code, refused.read().decode("utf-8", "replace")

    def sign_in(self, email):
        status, page = self.request("GET", "/login")
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"email": email, "password": DEMO_PASSWORD, "_csrf": token}).encode()
        status, page = self.request("POST", "/login", form, "application/x-www-form-urlencoded")
        meta = re.search(r'<meta name="_csrf" content="([^"]+)"', page)
        if status != 200 or not meta or 'name="password"' in page:  # the sign-in form again: refused
            raise SystemExit("sign-in failed for " + email + " (status " + str(status) + ")")
        self.csrf = meta.group(1)
        return page


def percentile(sorted_values, fraction):
    if not sorted_values:
        return None
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values) + 0.5) - 1))
    return sorted_values[index]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--email", default="coach@demostad.demo")
    parser.add_argument("--participant-name", default="Amina")
    args = parser.parse_args()

    first = Session(args.base)
    first.sign_in(args.email)
    status, listing = first.request("GET", "/participants")
    match = re.search(r'href="/participants/([0-9a-f-]{36})"[^>]*>\s*' + re.escape(args.participant_name), listing)
    if not match:
        raise SystemExit("participant " + args.participant_name + " not on " + args.email + "'s list")
    participant = match.group(1)
    api = "/api/v1/participants/" + participant + "/map"

    timings = {"GET map": [], "PUT map": [], "GET analysis page": []}
    counts = {"conflicts": 0, "errors": 0, "saved": 0}
    version_before = json.loads(first.request("GET", api, accept="application/json")[1])["version"]
    lock = threading.Lock()

    def record(kind, started, status, ok_statuses):
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            if status in ok_statuses:
                timings[kind].append(elapsed)
            elif status == 409:
                counts["conflicts"] += 1
                timings[kind].append(elapsed)
            else:
                counts["errors"] += 1

    # every user signs in before the clock starts, one after the other: Brugwerk checks one sign-in per account
    # at a time and refuses a parallel one at once
    sessions = [first]
    for _ in range(args.users - 1):
        sessions.append(Session(args.base))
        sessions[-1].sign_in(args.email)
    deadline = time.monotonic() + args.seconds

    def user(number):
        session = sessions[number]
        rounds = 0
        while time.monotonic() < deadline:
            started = time.perf_counter()
            status, body = session.request("GET", api, accept="application/json")
            record("GET map", started, status, {200})
            if status != 200:
                continue
            document = json.loads(body)
            for member in document["members"][:1]:
                member["note"] = "load " + str(number) + " " + str(rounds)
            started = time.perf_counter()
            status, _ = session.request("PUT", api, json.dumps(document).encode(), "application/json",
                                        "application/json")
            record("PUT map", started, status, {200})
            if status == 200:
                with lock:
                    counts["saved"] += 1
            if rounds % 5 == 0:
                started = time.perf_counter()
                status, _ = session.request("GET", "/participants/" + participant + "/map/analysis")
                record("GET analysis page", started, status, {200})
            rounds += 1

    began = time.perf_counter()
    threads = [threading.Thread(target=user, args=(n,)) for n in range(args.users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began

    version_after = json.loads(first.request("GET", api, accept="application/json")[1])["version"]
    result = {"users": args.users, "seconds": round(wall, 1), "conflicts409": counts["conflicts"],
              # every save that answered 200 moved the version on by one, and no other: nothing was overwritten
              "savedPuts": counts["saved"], "versionIncrease": version_after - version_before,
              "errors": counts["errors"], "requestsPerSecond": round(sum(map(len, timings.values())) / wall, 1)}
    for kind, values in timings.items():
        values.sort()
        result[kind] = {"requests": len(values),
                        "medianMs": round(statistics.median(values), 1) if values else None,
                        "p90Ms": round(percentile(values, 0.9), 1) if values else None,
                        "p99Ms": round(percentile(values, 0.99), 1) if values else None,
                        "maxMs": round(values[-1], 1) if values else None}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
