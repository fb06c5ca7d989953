package be.brugwerk.roles.engine;

import be.brugwerk.system.GeoPoint;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A participant as the role matching knows them, from their talent card (talents, when they can take part, access needs), their languages and
 * their places.
 *
 * @param id unique among the candidates of a run
 * @param shares codes of the talents they would like to share
 * @param wantsToLearn codes of the talents they would like to learn
 * @param languages ISO 639 codes of the languages they speak
 * @param needs what they need of a place to get in
 * @param places their own places (home, and the places they go); none when unknown
 * @param days the days of the week they can take part (at some part of the day); none when unknown
 */
public record Candidate(
        String id,
        Set<String> shares,
        Set<String> wantsToLearn,
        Set<String> languages,
        Set<Access> needs,
        List<GeoPoint> places,
        Set<DayOfWeek> days) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        shares = Set.copyOf(shares);
        wantsToLearn = Set.copyOf(wantsToLearn);
        languages = Set.copyOf(languages);
        needs = Set.copyOf(needs);
        places = List.copyOf(places);
        days = Set.copyOf(days);
    }
}
