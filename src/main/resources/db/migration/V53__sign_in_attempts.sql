-- The sign-in throttle's counts (SignInThrottle), shared by every application node: behind a load balancer an
-- attacker's attempts reach several nodes, and each must know what the others let through. One row per account
-- name as typed or client address, keyed by the SHA-256 of that key (typed names can be anything, and are not
-- kept); rows unused for a quarter of an hour are deleted by the nodes.
create table sign_in_attempt (
    attempt_key     varchar(64) not null primary key,
    attempt_count   int         not null,
    last_attempt_ms bigint      not null
) ${table_options};

create index ix_sign_in_attempt_last on sign_in_attempt (last_attempt_ms);
