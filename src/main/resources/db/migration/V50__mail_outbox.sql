-- Notification e-mails waiting to go out, written in the same transaction as the notification itself. A sender on
-- every node claims due rows here (claimed_by/claimed_until, a lease), sends them outside any transaction and marks
-- them sent; a failure sets the next attempt with a growing delay. No request waits on the mail server.
create table mail_outbox (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null,
    recipient        varchar(255)  not null,
    subject          varchar(500)  not null,
    body             varchar(4000) not null,
    created_at       datetime(6)   not null,
    attempts         int           not null,
    next_attempt_at  datetime(6),
    claimed_by       varchar(100),
    claimed_until    datetime(6),
    sent_at          datetime(6),
    last_error       varchar(1000)
) ${table_options};

create index ix_mail_outbox_due on mail_outbox (sent_at, next_attempt_at, id);
