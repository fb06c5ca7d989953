package be.brugwerk.network.analysis;

import static be.brugwerk.network.analysis.MemberBuilder.member;

import java.util.ArrayList;
import java.util.List;

/** Network maps in domain words, for tests. */
final class NetworkFixtures {

    private NetworkFixtures() {}

    static NetworkMap map(List<Member> members, Tie... ties) {
        return new NetworkMap("participant", members, List.of(ties));
    }

    /** Members known by name only, all active; for structural tests. */
    static NetworkMap structure(List<String> members, Tie... ties) {
        return new NetworkMap(
                "participant", members.stream().map(Member::unrecorded).toList(), List.of(ties));
    }

    /** A newcomer who knows nobody yet. */
    static NetworkMap isolatedNewcomer() {
        return map(List.of());
    }

    /**
     * A participant in poverty: a sister who helps with money, a social worker who helps with paperwork and
     * advice, a GP, a budget counsellor, and a dormant friend; nobody knows anyone else.
     */
    static NetworkMap participantInPoverty() {
        return map(List.of(
                member("sister")
                        .as(RelationCategory.FAMILY)
                        .on(Ring.INNER)
                        .support(SupportFunction.MATERIAL, SupportDirection.RECEIVES)
                        .build(),
                member("social-worker")
                        .as(RelationCategory.PROFESSIONAL)
                        .seen(ContactFrequency.MONTHLY)
                        .capital(CapitalType.LINKING)
                        .support(SupportFunction.MATERIAL, SupportDirection.RECEIVES)
                        .support(SupportFunction.INFORMATIVE, SupportDirection.RECEIVES)
                        .build(),
                member("gp")
                        .as(RelationCategory.PROFESSIONAL)
                        .seen(ContactFrequency.FEW_TIMES_A_YEAR)
                        .capital(CapitalType.LINKING)
                        .support(SupportFunction.AFFECTIVE, SupportDirection.RECEIVES)
                        .build(),
                member("budget-counsellor")
                        .as(RelationCategory.PROFESSIONAL)
                        .seen(ContactFrequency.MONTHLY)
                        .capital(CapitalType.LINKING)
                        .support(SupportFunction.INFORMATIVE, SupportDirection.RECEIVES)
                        .build(),
                member("old-friend")
                        .status(RelationshipStatus.DORMANT)
                        .seen(ContactFrequency.RARELY)
                        .build()));
    }

    /**
     * A rich network of 30 active members, as the seeds describe it: 12 family, 13 friends, 5
     * professionals; support both ways; family members know each other.
     */
    static NetworkMap richNetwork() {
        List<Member> members = new ArrayList<>();
        List<Tie> ties = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            members.add(member("family-" + i)
                    .as(RelationCategory.FAMILY)
                    .support(SupportFunction.AFFECTIVE, SupportDirection.BOTH)
                    .build());
            for (int j = 1; j < i; j++) {
                ties.add(new Tie("family-" + j, "family-" + i));
            }
        }
        for (int i = 1; i <= 13; i++) {
            members.add(member("friend-" + i)
                    .capital(i % 2 == 0 ? CapitalType.BRIDGING : CapitalType.BONDING)
                    .support(SupportFunction.CONNECTING, SupportDirection.BOTH)
                    .support(SupportFunction.INFORMATIVE, SupportDirection.RECEIVES)
                    .support(SupportFunction.MATERIAL, SupportDirection.GIVES)
                    .build());
        }
        for (int i = 1; i <= 5; i++) {
            members.add(member("professional-" + i)
                    .as(RelationCategory.PROFESSIONAL)
                    .capital(CapitalType.LINKING)
                    .seen(ContactFrequency.FEW_TIMES_A_YEAR)
                    .build());
        }
        return new NetworkMap("participant", members, ties);
    }
}
