-- Ends the sessions of a changed account on every application node: the node where the change is made writes a row
-- with the change; every node reads the rows of the last minutes every few seconds (SessionRevocations) and ends
-- the account's sessions it holds. Rows older than a day are deleted by the nodes.
create table session_revocation (
    id          bigint      not null auto_increment primary key,
    user_id     bigint      not null,
    revoked_at  datetime(6) not null
) ${table_options};

create index ix_session_revocation_time on session_revocation (revoked_at);
