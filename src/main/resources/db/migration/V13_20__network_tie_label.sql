-- A short label on a tie between two members ("family, knows"): what the coach or an import says about how they know
-- each other. A Network Canvas export with several edge types between the same two members gives one tie whose label
-- names the types (docs/network-map-format.md, "Importing from Network Canvas"). One line, at most 100 characters;
-- null when there is none. The table keeps its row-level security and grants.
alter table network_tie add column label text
    constraint network_tie_label check (label <> '' and char_length(label) <= 100);
