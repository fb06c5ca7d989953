-- "Why this match" in the reader's language: each part of a pair's explanation keeps the facts behind its reason
-- (which kind of reason, and its language-neutral arguments) so a page can word it in Dutch, French or English.
-- Parts written before this keep only their English sentence (fact is null).
alter table buddy_pair_reason add column fact text;
alter table buddy_pair_reason add column arguments text[] not null default '{}';
