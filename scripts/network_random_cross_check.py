"""Seeded random graphs and their networkx values, for RandomGraphsCrossCheckUnitTests.

Writes src/test/resources/network/random/random-graphs.txt: for each graph a line
  graph <seed> <nodes> <p> <ego>
a line with its edges as "u-v" pairs, and a line
  expected <size> <ties> <density> <components> <isolates> <effectiveSize> <efficiency> <constraint> <egoBetweenness> <brokers>
with the values of networkx on the ego graph H = nx.ego_graph(G, ego) (nan where networkx gives nan; brokers
comma-separated and sorted, "-" for none). The graphs are nx.gnp_random_graph(nodes, p, seed), the ego
random.Random(seed).randrange(nodes).

Run from the repository root: python3 scripts/network_random_cross_check.py
"""
import pathlib
import random

import networkx as nx

OUT = pathlib.Path("src/test/resources/network/random/random-graphs.txt")
SIZES = [(8, 0.3), (12, 0.5), (20, 0.2), (30, 0.4), (40, 0.1), (60, 0.25), (80, 0.6), (120, 0.08)]


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"# networkx {nx.__version__}; see scripts/network_random_cross_check.py"]
    seed = 1
    for nodes, p in SIZES:
        for _ in range(3):
            g = nx.gnp_random_graph(nodes, p, seed=seed)
            ego = random.Random(seed).randrange(nodes)
            h = nx.ego_graph(g, ego)
            members = h.copy()
            members.remove_node(ego)
            n = members.number_of_nodes()
            effective = nx.effective_size(h)[ego]
            values = [
                n,
                members.number_of_edges(),
                float(nx.density(members)) if n >= 2 else 0.0,
                nx.number_connected_components(members),
                nx.number_of_isolates(members),
                effective,
                effective / n if n else float("nan"),
                nx.constraint(h)[ego],
                nx.betweenness_centrality(h, normalized=False)[ego],
                ",".join(str(b) for b in sorted(nx.articulation_points(members))) or "-",
            ]
            lines.append(f"graph {seed} {nodes} {p} {ego}")
            lines.append(" ".join(f"{u}-{v}" for u, v in g.edges()))
            lines.append("expected " + " ".join(repr(v) if isinstance(v, float) else str(v) for v in values))
            seed += 1
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
