-- A participant is in at most one accepted or running pair per programme. The application checks it under row locks
-- on the participant's waiting entry and the buddy (which also keep a buddy within their capacity); this index is the
-- database's own wall behind that check, so that no path that forgets the lock can pair someone twice.
create unique index buddy_pair_one_open_per_participant on buddy_pair (programme_id, participant_id)
    where status in ('AWAITING_AGREEMENT', 'ACTIVE');
