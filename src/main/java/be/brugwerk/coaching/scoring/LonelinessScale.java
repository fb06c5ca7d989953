package be.brugwerk.coaching.scoring;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The two versions of the De Jong Gierveld loneliness scale: their items in order, their cut-offs and their
 * rule for unanswered items.
 * <ul>
 * <li>11 items (de Jong Gierveld &amp; Kamphuis 1985) [DJG-nl11] [DJG-items]: total 0-11, emotional 0-6,
 * social 0-5. Total categories [VZ] [U10]: 0-2 not lonely, 3-8 moderately, 9-10 severely, 11 very severely
 * lonely; a subscale is lonely from three unfavourable answers [VZ]. Unanswered items: the manual's rule could
 * not be confirmed, so docs/instruments.md prescribes {@link MissingDataRule#EVERY_ITEM_ANSWERED}.</li>
 * <li>6 items (de Jong Gierveld &amp; van Tilburg 2006) [DJG-man] [CBS-nl] [CBS-en], in the CBS order: 11-item
 * numbers 3, 4, 7, 9, 8, 10. Total 0-6: 0-1 not lonely, 2-4 moderately, 5-6 severely lonely; subscales 0-3:
 * 0 not lonely, 1-3 lonely [DJG-man]. Unanswered items: {@link MissingDataRule#MANUAL_SIX_ITEM_SYNTAX}.</li>
 * </ul>
 * The categories are group-level conventions ({@link LonelinessCategory}).
 */
public enum LonelinessScale {
    ELEVEN_ITEMS(
            Instrument.DE_JONG_GIERVELD_11,
            List.of(LonelinessItem.values()),
            Map.of(
                    0,
                    LonelinessCategory.NOT_LONELY,
                    3,
                    LonelinessCategory.MODERATELY_LONELY,
                    9,
                    LonelinessCategory.SEVERELY_LONELY,
                    11,
                    LonelinessCategory.VERY_SEVERELY_LONELY),
            Map.of(0, LonelinessCategory.NOT_LONELY, 3, LonelinessCategory.LONELY),
            MissingDataRule.EVERY_ITEM_ANSWERED),
    SIX_ITEMS(
            Instrument.DE_JONG_GIERVELD_6,
            List.of(
                    LonelinessItem.SENSE_OF_EMPTINESS,
                    LonelinessItem.PLENTY_TO_LEAN_ON,
                    LonelinessItem.MANY_TO_TRUST,
                    LonelinessItem.MISSES_PEOPLE_AROUND,
                    LonelinessItem.ENOUGH_TO_FEEL_CLOSE_TO,
                    LonelinessItem.OFTEN_FEELS_REJECTED),
            Map.of(
                    0,
                    LonelinessCategory.NOT_LONELY,
                    2,
                    LonelinessCategory.MODERATELY_LONELY,
                    5,
                    LonelinessCategory.SEVERELY_LONELY),
            Map.of(0, LonelinessCategory.NOT_LONELY, 1, LonelinessCategory.LONELY),
            MissingDataRule.MANUAL_SIX_ITEM_SYNTAX);

    private final Instrument instrument;
    private final List<LonelinessItem> items;
    private final NavigableMap<Integer, LonelinessCategory> totalCategoryFrom;
    private final NavigableMap<Integer, LonelinessCategory> subscaleCategoryFrom;
    private final MissingDataRule missingDataRule;

    LonelinessScale(
            Instrument instrument,
            List<LonelinessItem> items,
            Map<Integer, LonelinessCategory> totalCategoryFrom,
            Map<Integer, LonelinessCategory> subscaleCategoryFrom,
            MissingDataRule missingDataRule) {
        this.instrument = instrument;
        this.items = items;
        this.totalCategoryFrom = new TreeMap<>(totalCategoryFrom);
        this.subscaleCategoryFrom = new TreeMap<>(subscaleCategoryFrom);
        this.missingDataRule = missingDataRule;
    }

    public Instrument instrument() {
        return instrument;
    }

    /** The items in the order of this version's form. */
    public List<LonelinessItem> items() {
        return items;
    }

    public boolean includes(LonelinessItem item) {
        return items.contains(item);
    }

    /** The item's number on this version's form, from 1. */
    public int numberOf(LonelinessItem item) {
        int index = items.indexOf(item);
        if (index < 0) {
            throw new IllegalArgumentException(item + " is not an item of the " + this + " version");
        }
        return index + 1;
    }

    /** The message key of the item's wording in this version, e.g. {@code de-jong-gierveld-6.item.1.text}. */
    public String textKey(LonelinessItem item) {
        return instrument.key() + ".item." + numberOf(item) + ".text";
    }

    public MissingDataRule missingDataRule() {
        return missingDataRule;
    }

    /** The highest total: the number of items. */
    public int maximumTotal() {
        return items.size();
    }

    /** The highest score on {@code subscale}: the number of its items in this version. */
    public int maximumOf(Subscale subscale) {
        if (!instrument.subscales().contains(subscale)) {
            throw new IllegalArgumentException(subscale + " is not a subscale of the " + this + " version");
        }
        return (int) items.stream().filter(item -> item.subscale() == subscale).count();
    }

    /** The category of a total from 0 to {@link #maximumTotal()}. */
    public LonelinessCategory totalCategory(int total) {
        return category(totalCategoryFrom, total, maximumTotal());
    }

    /** The category of a subscale score from 0 to {@link #maximumOf(Subscale)}. */
    public LonelinessCategory subscaleCategory(Subscale subscale, int score) {
        return category(subscaleCategoryFrom, score, maximumOf(subscale));
    }

    private LonelinessCategory category(
            NavigableMap<Integer, LonelinessCategory> categoryFrom, int score, int maximum) {
        if (score < 0 || score > maximum) {
            throw new IllegalArgumentException(
                    "A score of the " + this + " version lies between 0 and " + maximum + ": " + score);
        }
        return categoryFrom.floorEntry(score).getValue();
    }
}
