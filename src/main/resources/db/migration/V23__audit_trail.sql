-- Append-only audit trail: who did what to which report (or task) and when.
create table audit_entry (
    id            bigint       not null auto_increment primary key,
    occurred_at   datetime(6)  not null,
    actor         varchar(50)  not null,
    actor_name    varchar(100) not null,
    action        varchar(40)  not null,
    subject_type  varchar(30)  not null,
    subject_id    bigint       not null,
    park_id       bigint,
    detail        varchar(500)
) ${table_options};

create index ix_audit_subject on audit_entry (subject_type, subject_id, id);
create index ix_audit_time on audit_entry (occurred_at, id);
