-- A buddy can withdraw their own consent: from then on they are not matchable, no open proposal or agreement with
-- them goes ahead, and a pair of theirs that is accepted or running is signalled to the coordinator.
alter table buddy add column consent_withdrawn_at timestamptz;
