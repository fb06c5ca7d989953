package be.brugwerk.network.analysis;

/**
 * The number of connected components of the members-only graph (the ego removed): groups of members who
 * reach each other without the participant. Each isolate is a component of its own; 0 for no members.
 * Depth-first search with an explicit stack, O(n + t).
 */
public final class Components implements NetworkMeasure<Integer> {

    @Override
    public Integer measure(EgoNetwork network) {
        int n = network.size();
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int components = 0;
        for (int start = 0; start < n; start++) {
            if (seen[start]) {
                continue;
            }
            components++;
            seen[start] = true;
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int member = stack[--top];
                for (int neighbour : network.neighbours(member)) {
                    if (!seen[neighbour]) {
                        seen[neighbour] = true;
                        stack[top++] = neighbour;
                    }
                }
            }
        }
        return components;
    }
}
