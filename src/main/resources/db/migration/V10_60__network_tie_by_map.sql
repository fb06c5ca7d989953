-- A map's ties are read by participant (NetworkMaps.workingCopy, every map page, JSON, analysis and save). Without
-- this index each read scanned every tie of every organisation: at region size (400,000 ties, docs/region-scale.md)
-- that was 600 million rows read in a 30-second load run and the map pages fell to a few requests a second.
create index network_tie_map on network_tie (participant_id);
