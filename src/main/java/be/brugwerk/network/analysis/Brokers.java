package be.brugwerk.network.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The brokers: members who are the only link between groups of other members, i.e. the cut vertices
 * (articulation points) of the members-only graph, whose removal leaves more components. Hopcroft and
 * Tarjan's depth-first search with low-points (CACM 16(6), 1973), iterative so that large graphs do not
 * exhaust the call stack. O(n + t). Returned in member order.
 */
public final class Brokers implements NetworkMeasure<List<String>> {

    @Override
    public List<String> measure(EgoNetwork network) {
        int n = network.size();
        int[][] neighbours = new int[n][];
        for (int member = 0; member < n; member++) {
            neighbours[member] = network.neighbours(member);
        }
        int[] discovery = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] nextNeighbour = new int[n];
        int[] children = new int[n];
        boolean[] cut = new boolean[n];
        int[] stack = new int[n];
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (discovery[root] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            parent[root] = -1;
            discovery[root] = low[root] = ++time;
            while (top > 0) {
                int member = stack[top - 1];
                if (nextNeighbour[member] < neighbours[member].length) {
                    int neighbour = neighbours[member][nextNeighbour[member]++];
                    if (discovery[neighbour] == 0) {
                        parent[neighbour] = member;
                        children[member]++;
                        discovery[neighbour] = low[neighbour] = ++time;
                        stack[top++] = neighbour;
                    } else if (neighbour != parent[member]) {
                        low[member] = Math.min(low[member], discovery[neighbour]);
                    }
                } else {
                    top--;
                    int above = parent[member];
                    if (above >= 0) {
                        low[above] = Math.min(low[above], low[member]);
                        if (parent[above] >= 0 && low[member] >= discovery[above]) {
                            cut[above] = true;
                        }
                    }
                }
            }
            cut[root] = children[root] > 1;
        }
        List<String> brokers = new ArrayList<>();
        for (int member = 0; member < n; member++) {
            if (cut[member]) {
                brokers.add(network.member(member));
            }
        }
        return List.copyOf(brokers);
    }
}
