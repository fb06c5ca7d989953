"""Compares the analyse command of the real jar with networkx on a published graph.

Usage (from the repository root, after mvn -B -o -q package -DskipTests):
  python3 scripts/network_compare_cli.py karate 0 33 2
  python3 scripts/network_compare_cli.py lesmis Valjean Gavroche

Writes the graph with nx.write_graphml to /tmp, runs
  java -jar target/brugwerk.jar analyse --ego <ego> /tmp/<graph>.graphml
for each ego, and prints each structural field beside networkx's value on H = nx.ego_graph(G, ego), with the
absolute difference. Exits 1 when a difference exceeds 1e-9 or a count differs.
"""
import json
import math
import subprocess
import sys

import networkx as nx

GRAPHS = {
    "karate": nx.karate_club_graph,
    "lesmis": nx.les_miserables_graph,
    "florentine": nx.florentine_families_graph,
}
JAR = "target/brugwerk.jar"


def networkx_values(g, ego):
    h = nx.ego_graph(g, ego)
    members = h.copy()
    members.remove_node(ego)
    n = members.number_of_nodes()
    effective = nx.effective_size(h)[ego]
    return {
        "size": n,
        "tiesAmongMembers": members.number_of_edges(),
        "density": nx.density(members) if n >= 2 else 0.0,
        "components": nx.number_connected_components(members),
        "isolates": nx.number_of_isolates(members),
        "effectiveSize": None if math.isnan(effective) else effective,
        "efficiency": None if math.isnan(effective) else effective / n,
        "constraint": None if n == 0 else nx.constraint(h)[ego],
        "egoBetweenness": nx.betweenness_centrality(h, normalized=False)[ego],
        "brokers": sorted(str(b) for b in nx.articulation_points(members)),
    }


def main(name, egos):
    g = nx.Graph(GRAPHS[name]())
    plain = nx.Graph()
    plain.add_nodes_from(g.nodes())
    plain.add_edges_from(g.edges())
    path = f"/tmp/{name}.graphml"
    nx.write_graphml(plain, path)
    failed = False
    for ego in egos:
        run = subprocess.run(["java", "-jar", JAR, "analyse", "--ego", ego, path], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{name} ego {ego}: exit {run.returncode}: {run.stderr.strip()}")
            failed = True
            continue
        ours = json.loads(run.stdout)
        node = int(ego) if name == "karate" else ego
        theirs = networkx_values(g, node)
        print(f"{name}, ego {ego}  (networkx {nx.__version__})")
        for field, expected in theirs.items():
            actual = ours[field]
            if field == "brokers":
                actual = sorted(actual)
                same = actual == expected
                print(f"  {field:17} jar={actual}  networkx={expected}  {'same' if same else 'DIFFERENT'}")
            elif expected is None or actual is None:
                same = expected is None and actual is None
                print(f"  {field:17} jar={actual}  networkx={expected}")
            else:
                difference = abs(actual - expected)
                same = difference <= 1e-9
                print(f"  {field:17} jar={actual!r:22} networkx={expected!r:22} |diff|={difference:.1e}")
            failed |= not same
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
