-- Server-side secrets the application generates once and every node shares, such as the key that turns an e-mail
-- address and a network address into a sign-in slow-down key (an HMAC): without it, the keys in login_failure
-- cannot be tried against a list of known addresses. Outside row-level security: they belong to no organisation.
-- The application may add a missing secret but never change or remove one. BRUGWERK_THROTTLE_SECRET, when set,
-- takes the place of the stored one, so a database copy alone does not reveal it.
create table server_secret (
    name  text primary key,
    value text not null
);
grant select, insert on server_secret to ${app_role};

-- The old keys were plain SHA-256 of the address and of the e-mail address alone; they are never looked up again.
delete from login_failure;
