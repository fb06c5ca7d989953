-- When a participant can take part and what they need of a place, filled in with them on their talent card and
-- versioned with it (a new version of the card when either changes; earlier versions keep what they said):
-- availability as weekly moments 'DAY:PART' (the buddy intake's, e.g. 'SATURDAY:MORNING'), access needs as codes
-- ('STEP_FREE', 'ACCESSIBLE_TOILET'), checked by the application like the entries' codes. Empty means unknown.
-- The table keeps its row-level security and its grants (added and read, never changed). See docs/talents.md.
alter table talent_card_version
    add column availability text[] not null default '{}',
    add column access_needs text[] not null default '{}';
