"""Times networkx on the ego networks that the JMH benchmarks analyse (docs/benchmarks.md).

Reads the maps that be.brugwerk.network.benchmark.RandomMaps wrote (one line per map: n active members,
a tab, the ties among them as "i-j"), builds each ego graph H (ego tied to members 0..n-1, plus the ties),
and times the structural measures the engine computes, with the very calls its reference values come from:
  nx.effective_size(H)[ego], nx.constraint(H)[ego] (with scipy installed, networkx computes these for all
  nodes with sparse matrices; with nodes=[ego] it takes a pure-Python path that is far slower for
  constraint), nx.betweenness_centrality(H, normalized=False)[ego] (all nodes: there is no single-node
  variant), and on H without the ego: nx.density, nx.number_connected_components, nx.number_of_isolates,
  nx.articulation_points.
Building H is not timed. Single maps: best of 5 repeats of a timeit loop, per call. Batch: one pass over
the first <limit> maps (all by default), total wall-clock time.

Usage: python3 scripts/network_benchmark_networkx.py target/bench/maps [limit]
"""
import pathlib
import sys
import time
import timeit

import networkx as nx

EGO = "ego"


def ego_graph(line):
    size, _, ties = line.rstrip("\n").partition("\t")
    h = nx.Graph()
    h.add_node(EGO)
    h.add_nodes_from(range(int(size)))
    h.add_edges_from((i, EGO) for i in range(int(size)))
    h.add_edges_from(tuple(map(int, tie.split("-"))) for tie in ties.split())
    return h


def measures(h):
    members = h.subgraph(n for n in h if n != EGO)
    nx.effective_size(h)[EGO]
    nx.constraint(h)[EGO]
    nx.betweenness_centrality(h, normalized=False)[EGO]
    nx.density(members)
    nx.number_connected_components(members)
    nx.number_of_isolates(members)
    list(nx.articulation_points(members))


def main(directory, limit=None):
    directory = pathlib.Path(directory)
    print(f"networkx {nx.__version__}, Python {sys.version.split()[0]}")
    for size in (5, 30, 150):
        line = (directory / f"single-{size}.txt").read_text().splitlines()[0]
        h = ego_graph(line)
        timer = timeit.Timer(lambda: measures(h))
        loops, _ = timer.autorange()
        best = min(timer.repeat(repeat=5, number=loops)) / loops
        print(f"single map of {size} members ({h.number_of_nodes() - 1} active, "
              f"{h.number_of_edges() - (h.number_of_nodes() - 1)} ties): {best * 1e6:,.1f} us per map")
    graphs = [ego_graph(line) for line in (directory / "batch.txt").open()][:limit]
    start = time.perf_counter()
    for h in graphs:
        measures(h)
    elapsed = time.perf_counter() - start
    print(f"batch of {len(graphs):,} maps: {elapsed:,.1f} s ({elapsed / len(graphs) * 1e6:,.1f} us per map)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/bench/maps",
         int(sys.argv[2]) if len(sys.argv) > 2 else None)
