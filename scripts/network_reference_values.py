"""Reference values for the network analysis engine, computed with networkx.

Writes the published graphs bundled with networkx as tab-separated edge lists (and karate club as
GraphML) under src/test/resources/network/published/, and prints, for chosen egos, the structural
measures on the ego graph H = nx.ego_graph(G, ego):

  size, tiesAmongMembers, density, components, isolates   on the members-only graph H - ego
  effectiveSize, constraint                               nx.effective_size(H)[ego], nx.constraint(H)[ego]
  egoBetweenness                                          nx.betweenness_centrality(H, normalized=False)[ego]
  brokers                                                 nx.articulation_points(H - ego), sorted

Run from the repository root: python3 scripts/network_reference_values.py
The printed values are hard-coded in NetworkMeasuresOnPublishedGraphsUnitTests.
"""
import math
import pathlib

import networkx as nx
from networkx.algorithms import bipartite

OUT = pathlib.Path("src/test/resources/network/published")


def davis_women():
    g = nx.davis_southern_women_graph()
    women = [n for n, d in g.nodes(data=True) if d["bipartite"] == 0]
    return bipartite.projected_graph(g, women)


GRAPHS = {
    "karate": (nx.karate_club_graph, [0, 33, 2, 11, 16, 24]),
    "florentine": (nx.florentine_families_graph, ["Medici", "Strozzi", "Albizzi", "Pazzi"]),
    "lesmis": (nx.les_miserables_graph, ["Valjean", "Myriel", "Gavroche", "Napoleon"]),
    "davis-women": (davis_women, ["Evelyn Jefferson", "Dorothy Murchison", "Flora Price"]),
}


def measures(g, ego):
    h = nx.ego_graph(g, ego)
    members = h.copy()
    members.remove_node(ego)
    n, t = members.number_of_nodes(), members.number_of_edges()
    effective = nx.effective_size(h)[ego]
    constraint = nx.constraint(h)[ego]
    return {
        "size": n,
        "ties": t,
        "density": float(nx.density(members)) if n >= 2 else 0.0,
        "components": nx.number_connected_components(members),
        "isolates": nx.number_of_isolates(members),
        "effectiveSize": None if math.isnan(effective) else effective,
        "efficiency": None if math.isnan(effective) else effective / n,
        "constraint": None if math.isnan(constraint) else constraint,
        "egoBetweenness": nx.betweenness_centrality(h, normalized=False)[ego],
        "brokers": sorted(str(b) for b in nx.articulation_points(members)),
    }


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (build, egos) in GRAPHS.items():
        g = nx.Graph(build())
        with open(OUT / f"{name}.tsv", "w", encoding="utf-8") as edges:
            edges.write(f"# {name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, from networkx {nx.__version__}\n")
            for u, v in g.edges():
                edges.write(f"{u}\t{v}\n")
        if name == "karate":
            plain = nx.Graph()
            plain.add_nodes_from(g.nodes())
            plain.add_edges_from(g.edges())
            nx.write_graphml(plain, OUT / "karate.graphml")
        for ego in egos:
            m = measures(g, ego)
            print(f'{name}\t{ego}\t{m["size"]}\t{m["ties"]}\t{m["density"]!r}\t{m["components"]}\t{m["isolates"]}\t'
                  f'{m["effectiveSize"]!r}\t{m["efficiency"]!r}\t{m["constraint"]!r}\t{m["egoBetweenness"]!r}\t'
                  f'{",".join(m["brokers"])}')


if __name__ == "__main__":
    main()
