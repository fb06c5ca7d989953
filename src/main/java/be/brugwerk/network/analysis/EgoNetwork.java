package be.brugwerk.network.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure of a participant's living network, as the {@link NetworkMeasure structural measures} see
 * it: the active members and the ties among them. Together with the participant (the ego), who is tied
 * to every member, this is the unweighted ego graph on which networkx's measures are defined.
 *
 * <p>Members are numbered 0..n-1 in map order. Built in O(n + t log t) for n members and t ties, in O(n + t)
 * memory: each member keeps its neighbours in ascending order, so "are these two tied?" is a binary search.
 * Immutable.
 */
public final class EgoNetwork {

    private final List<String> members;
    private final int[][] neighbours;
    private final int ties;

    private EgoNetwork(List<String> members, int[][] neighbours, int ties) {
        this.members = members;
        this.neighbours = neighbours;
        this.ties = ties;
    }

    /** The ego network of the map's active members (structure-only members count as active). */
    public static EgoNetwork of(NetworkMap map) {
        List<String> active =
                map.members().stream().filter(Member::isActive).map(Member::id).toList();
        return of(active, map.ties());
    }

    /**
     * The ego network of {@code members} and those of {@code ties} that join two of them; ties touching
     * anyone else are left out. The ties are taken as valid, with no pair tied twice (a {@link NetworkMap}
     * checks them).
     */
    static EgoNetwork of(List<String> members, List<Tie> ties) {
        Map<String, Integer> index = new HashMap<>();
        for (String member : members) {
            index.put(member, index.size());
        }
        int n = members.size();
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        int count = 0;
        for (Tie tie : ties) {
            Integer a = index.get(tie.first());
            Integer b = index.get(tie.second());
            if (a == null || b == null) {
                continue;
            }
            lists.get(a).add(b);
            lists.get(b).add(a);
            count++;
        }
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] =
                    lists.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return new EgoNetwork(List.copyOf(members), neighbours, count);
    }

    /** n: the number of members (the ego not counted). */
    public int size() {
        return members.size();
    }

    /** t: the number of ties among members (ties to the ego not counted). */
    public int tiesAmongMembers() {
        return ties;
    }

    /** The member ids, in the order of their numbers. */
    public List<String> members() {
        return members;
    }

    /** The id of member number {@code member}. */
    public String member(int member) {
        return members.get(member);
    }

    /** The numbers of the members tied to {@code member}, ascending. */
    int[] neighbours(int member) {
        return neighbours[member].clone();
    }

    /** The number of members tied to {@code member} (its degree without the tie to the ego). */
    public int degree(int member) {
        return neighbours[member].length;
    }

    /** Whether members {@code a} and {@code b} are tied. */
    public boolean tied(int a, int b) {
        return Arrays.binarySearch(neighbours[a], b) >= 0;
    }
}
