-- Published disclosure forms: the approved revision of a report frozen with its evaluation (a JSON document that
-- never changes), when it was published, and the correction that superseded it. Park, bureau and status are copied
-- from the form at publication so the public list filters without touching live data.
create table publication (
    id                 bigint       not null auto_increment primary key,
    version            bigint       not null,
    report_id          bigint       not null,
    revision_number    int          not null,
    park_id            bigint       not null,
    park_name          varchar(200) not null,
    province           varchar(30),
    jurisdiction_id    bigint,
    jurisdiction_name  varchar(200),
    report_year        int          not null,
    park_status        varchar(20),
    published_at       datetime(6)  not null,
    superseded_by      bigint,
    superseded_at      datetime(6),
    document           longtext     not null,
    constraint uk_publication_revision unique (report_id, revision_number),
    constraint fk_publication_revision foreign key (report_id, revision_number)
        references report_revision (report_id, revision_number),
    constraint fk_publication_superseded foreign key (superseded_by) references publication (id)
) ${table_options};

create index ix_publication_current on publication (superseded_by, report_year);
create index ix_publication_park on publication (park_id, report_year);
