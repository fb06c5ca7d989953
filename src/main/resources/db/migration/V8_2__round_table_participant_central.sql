-- The personal-network model: the participant chooses whom to involve and whether to be central at a round table
-- (lead it, or let the others talk it through). The participant's choice, recorded as theirs; null where it was not
-- asked (round tables prepared before this column).
alter table round_table add column participant_central boolean;
