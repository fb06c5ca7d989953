-- Every row read from a table under row-level security calls brugwerk_current_organisation() in its policy. Since V6
-- the function carried `set search_path = public, pg_temp`, and a function with a SET clause pays for a configuration
-- change and its undoing on every call: 1.4-2.5 µs a call, against 0.6-0.8 µs for this body without it (200 000
-- calls, PostgreSQL 15 on the project's 2-core machine, the embedded database is 17; docs/region-scale.md, "The organisation guard's price per
-- row"). A page of fifty participants made some 400 such calls.
--
-- The SET clause kept names from being found through the caller's search path. This body leaves nothing for a search
-- path to redirect: the function, the operator and both types (text too: a type name is looked up in pg_temp before
-- pg_catalog unless qualified) are qualified with pg_catalog, and the conversion from text to uuid is found by the
-- types, not by name. The function runs with its caller's rights (it is not SECURITY DEFINER, unlike the functions V6
-- hardened for the time before an organisation is known), and the application role may create nothing in the
-- database, not even a temporary object (RowLevelSecurityIntegrationTests).
--
-- PL/pgSQL, not SQL: an SQL function without SET would be inlined into every policy, and the planner, seeing through
-- it, chose worse plans (a hashed subplan over the region's whole consent table: docs/query-plans.md). PL/pgSQL keeps
-- the call opaque, as it was, so the plans stay the same; only each call costs less. No organisation set, or an empty
-- one (as at the end of a transaction that set it), is still null: no row passes.
create or replace function brugwerk_current_organisation() returns uuid
    language plpgsql stable
    as $$
declare
    organisation pg_catalog.text := pg_catalog.current_setting('brugwerk.organisation', true);
begin
    if organisation operator(pg_catalog.=) '' then
        return null;
    end if;
    return organisation::pg_catalog.uuid;
end
$$;

alter function brugwerk_current_organisation() reset search_path;
