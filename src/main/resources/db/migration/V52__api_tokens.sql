-- API tokens: an administrator issues one for an account; an integration then calls /api/** with
-- "Authorization: Bearer ecp_<prefix>_<secret>" and acts as that account. Only the SHA-256 of the secret is stored
-- (the secret is 256 random bits, so a fast hash is enough); the prefix finds the row and is shown for recognition.
-- last_used_at is written at most once a minute per token, not on every request.
create table api_token (
    id            bigint       not null auto_increment primary key,
    version       bigint       not null,
    name          varchar(100) not null,
    user_id       bigint       not null,
    prefix        varchar(16)  not null,
    secret_hash   varchar(64)  not null,
    created_at    datetime(6)  not null,
    created_by    varchar(50)  not null,
    expires_at    datetime(6),
    last_used_at  datetime(6),
    revoked_at    datetime(6),
    revoked_by    varchar(50),
    constraint uk_api_token_prefix unique (prefix),
    constraint fk_api_token_user foreign key (user_id) references app_user (id)
) ${table_options};

-- Sign-ins are slowed (SignInThrottle), no longer locked: the lock's columns have had no writer since.
alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;
