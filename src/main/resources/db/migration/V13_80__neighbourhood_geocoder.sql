-- The organisation's geocoder (issue 14b): a Nominatim-compatible search URL that turns an address into candidate
-- points (none by default: nothing is sent until an organisation chooses one), and whether it is the organisation's
-- own (run by it, or for it under a processing agreement): only then is a home address ever sent to it. See
-- docs/places.md.
alter table neighbourhood_settings
    add column geocoder_url text check (length(geocoder_url) <= 300),
    add column geocoder_own boolean not null default false;
