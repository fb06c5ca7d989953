"""Reads a Brugwerk map export the way a researcher would with networkx, and prints what it found as JSON.

Usage: python3 scripts/network_export_networkx.py json|graphml|zip <file>

Prints {"participant": ..., "members": [{"id", "name", "angle"}...],
"ties": [{"first", "second", "strength", "label"}...]},
members sorted by id, each tie's two ends sorted and the ties sorted, so that a test can compare it with the map it
exported (MapExportsReadByNetworkxTests). Each format is read only with what networkx and the standard library
offer, as the files' documentation (docs/network-map-format.md, "Exporting for other tools") says:

- graphml: networkx.read_graphml as it is; the participant is the node whose role is "participant", a member any
  other node, a tie an edge that does not touch the participant. read_graphml converts every value by its key's
  attr.type, so a wrong type fails here.
- zip: the Network Canvas CSV files found by their names (..._attributeList_<type>.csv, ..._edgeList_<type>.csv),
  members keyed by networkCanvasUUID and ties joined by from/to through the alters' nodeID, as egor's
  threefiles_to_egor and a pandas edge list join them.
- json: the JSON map, read with the json module into a networkx graph.
"""
import csv
import io
import json
import sys
import zipfile

import networkx as nx


def from_graphml(path):
    graph = nx.read_graphml(path)
    participants = [n for n, data in graph.nodes(data=True) if data.get("role") == "participant"]
    if len(participants) != 1:
        raise SystemExit(f"expected one participant node, found {participants}")
    participant = participants[0]
    members = graph.subgraph(n for n in graph.nodes if n != participant)
    return participant, members


def from_zip(path):
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name).decode("utf-8-sig") for name in archive.namelist()}

    def rows(part):
        names = [name for name in files if part in name]
        if len(names) != 1:
            raise SystemExit(f"expected one file named *{part}*, found {names}")
        return list(csv.DictReader(io.StringIO(files[names[0]], newline="")))

    ego = rows("_ego.csv")[0]["networkCanvasEgoUUID"]
    graph = nx.Graph()
    uuid_of_node = {}
    for alter in rows("_attributeList_"):
        uuid_of_node[alter["nodeID"]] = alter["networkCanvasUUID"]
        graph.add_node(alter["networkCanvasUUID"], **{k: v for k, v in alter.items() if v != ""})
    for edge in rows("_edgeList_"):
        graph.add_edge(uuid_of_node[edge["from"]], uuid_of_node[edge["to"]],
                       **{k: v for k, v in edge.items() if v != ""})
    return ego, graph


def from_json(path):
    with open(path, encoding="utf-8") as file:
        document = json.load(file)
    graph = nx.Graph()
    for member in document["members"]:
        graph.add_node(member["id"], **member)
    for tie in document["ties"]:
        graph.add_edge(tie["first"], tie["second"], **tie)
    return document.get("participant"), graph


def number(value):
    return None if value is None else float(value)


def whole(value):
    return None if value is None else int(value)


def main():
    kind, path = sys.argv[1], sys.argv[2]
    participant, graph = {"graphml": from_graphml, "zip": from_zip, "json": from_json}[kind](path)
    members = [{"id": n, "name": data.get("name"), "angle": number(data.get("angle"))}
               for n, data in sorted(graph.nodes(data=True))]
    ties = sorted(({"first": min(u, v), "second": max(u, v), "strength": whole(data.get("strength")),
                    "label": data.get("label")}
                   for u, v, data in graph.edges(data=True)), key=lambda t: (t["first"], t["second"]))
    json.dump({"participant": participant, "members": members, "ties": ties}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
