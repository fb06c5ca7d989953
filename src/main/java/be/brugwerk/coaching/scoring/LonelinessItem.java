package be.brugwerk.coaching.scoring;

/**
 * The eleven statements of the De Jong Gierveld loneliness scale, in the order and with the numbers of the
 * 11-item version [DJG-nl11] [DJG-items]; the 6-item version uses six of them in another order
 * ({@link LonelinessScale#SIX_ITEMS}). Subscale and direction follow [DJG-items] and the manual's 6-item
 * syntax. The wording lives in the message bundles, per version ({@link LonelinessScale#textKey}).
 */
public enum LonelinessItem {
    /** 1. “Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse probleempjes terecht kan.” */
    SOMEONE_FOR_DAILY_PROBLEMS(1, Subscale.SOCIAL, ItemDirection.POSITIVE),
    /** 2. “Ik mis een echt goede vriend of vriendin.” */
    MISSES_A_CLOSE_FRIEND(2, Subscale.EMOTIONAL, ItemDirection.NEGATIVE),
    /** 3. “Ik ervaar een leegte om me heen.” */
    SENSE_OF_EMPTINESS(3, Subscale.EMOTIONAL, ItemDirection.NEGATIVE),
    /** 4. “Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen.” */
    PLENTY_TO_LEAN_ON(4, Subscale.SOCIAL, ItemDirection.POSITIVE),
    /** 5. “Ik mis gezelligheid om me heen.” */
    MISSES_COMPANY(5, Subscale.EMOTIONAL, ItemDirection.NEGATIVE),
    /** 6. “Ik vind mijn kring van kennissen te beperkt.” */
    CIRCLE_TOO_LIMITED(6, Subscale.EMOTIONAL, ItemDirection.NEGATIVE),
    /** 7. “Ik heb veel mensen op wie ik volledig kan vertrouwen.” */
    MANY_TO_TRUST(7, Subscale.SOCIAL, ItemDirection.POSITIVE),
    /** 8. “Er zijn voldoende mensen met wie ik me nauw verbonden voel.” */
    ENOUGH_TO_FEEL_CLOSE_TO(8, Subscale.SOCIAL, ItemDirection.POSITIVE),
    /** 9. “Ik mis mensen om me heen.” */
    MISSES_PEOPLE_AROUND(9, Subscale.EMOTIONAL, ItemDirection.NEGATIVE),
    /** 10. “Vaak voel ik me in de steek gelaten.” */
    OFTEN_FEELS_REJECTED(10, Subscale.EMOTIONAL, ItemDirection.NEGATIVE),
    /** 11. “Wanneer ik daar behoefte aan heb, kan ik altijd bij mijn vrienden terecht.” */
    FRIENDS_WHEN_NEEDED(11, Subscale.SOCIAL, ItemDirection.POSITIVE);

    private final int elevenItemNumber;
    private final Subscale subscale;
    private final ItemDirection direction;

    LonelinessItem(int elevenItemNumber, Subscale subscale, ItemDirection direction) {
        this.elevenItemNumber = elevenItemNumber;
        this.subscale = subscale;
        this.direction = direction;
    }

    /** The item's number in the 11-item version. */
    public int elevenItemNumber() {
        return elevenItemNumber;
    }

    /** {@link Subscale#EMOTIONAL} or {@link Subscale#SOCIAL}. */
    public Subscale subscale() {
        return subscale;
    }

    public ItemDirection direction() {
        return direction;
    }
}
