-- Immutable submissions of a report: the whole form as submitted, as a JSON snapshot.
create table report_revision (
    id               bigint       not null auto_increment primary key,
    version          bigint       not null,
    report_id        bigint       not null,
    revision_number  int          not null,
    snapshot         longtext     not null,
    submitted_at     datetime(6)  not null,
    submitted_by     varchar(100) not null,
    constraint uk_report_revision_number unique (report_id, revision_number),
    constraint fk_report_revision_report foreign key (report_id) references annual_report (id)
) ${table_options};
