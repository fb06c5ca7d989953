package be.brugwerk.roles.engine;

import be.brugwerk.system.GeoPoint;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A participant as the role matching knows them, from their talent card, their languages and their places.
 *
 * @param id unique among the candidates of a run
 * @param shares codes of the talents they would like to share
 * @param wantsToLearn codes of the talents they would like to learn
 * @param languages ISO 639 codes of the languages they speak
 * @param needs what they need of a place to get in
 * @param places their own places (home, and the places they go); none when unknown
 */
public record Candidate(
        String id,
        Set<String> shares,
        Set<String> wantsToLearn,
        Set<String> languages,
        Set<Access> needs,
        List<GeoPoint> places) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        shares = Set.copyOf(shares);
        wantsToLearn = Set.copyOf(wantsToLearn);
        languages = Set.copyOf(languages);
        needs = Set.copyOf(needs);
        places = List.copyOf(places);
    }
}
