-- In-app notifications: one row per recipient, read or not. The text is a translation key with its arguments, so
-- each user reads it in their own language.
create table notification (
    id           bigint        not null auto_increment primary key,
    version      bigint        not null,
    recipient    varchar(50)   not null,
    message_key  varchar(100)  not null,
    args         varchar(2000) not null,
    link         varchar(255),
    created_at   datetime(6)   not null,
    read_at      datetime(6)
) ${table_options};

create index ix_notification_recipient on notification (recipient, read_at, id);
