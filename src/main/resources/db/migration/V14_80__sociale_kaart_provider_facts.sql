-- What De Sociale Kaart's file says of a care or welfare provider beyond its name, kind, address and place: the
-- provider's own public phone number, e-mail address and website (an organisation's, never a person's: the contact
-- person stays the organisation's own, minimal field), and its opening hours in the stored form of the organisation's
-- (a line per open day: SATURDAY 10:00-12:00, 14:00-16:00). These are the source's facts: a refresh from the file rewrites them and never
-- what the organisation added; the organisation's own opening hours, once set, are shown before the source's. The
-- table keeps its row-level security (V13_50). See docs/neighbourhood.md.
alter table neighbourhood_actor
    add column source_phone         text check (length(source_phone) <= 40),
    add column source_email         text check (length(source_email) <= 200),
    add column source_website       text check (length(source_website) <= 300),
    add column source_opening_hours text check (length(source_opening_hours) <= 1000);
