-- 汇总报送: a province's package to the national office for a report year. Each sending is a new version (sequence
-- 1, 2, … per province and year); a returned one stays readable beside the next. The signed PDF and the .xlsx are
-- kept in the file store, their SHA-256 beside them. The names (province, sender, parks) are kept as they were on the
-- day, because the package is a letter that was sent.
create table province_package (
    id                bigint        not null auto_increment primary key,
    version           bigint        not null,
    province_id       bigint        not null,
    province_name     varchar(100)  not null,
    report_year       int           not null,
    sequence_no       int           not null,
    letter_number     varchar(100)  not null,
    letter_date       date          not null,
    contact_name      varchar(50)   not null,
    contact_phone     varchar(50)   not null,
    contact_email     varchar(100),
    status            varchar(20)   not null,
    late              boolean       not null,
    sent_at           datetime(6)   not null,
    sent_by           varchar(50)   not null,
    sent_by_name      varchar(100)  not null,
    returned_at       datetime(6),
    returned_by       varchar(50),
    returned_by_name  varchar(100),
    return_comment    varchar(2000),
    bundle_file_id    bigint        not null,
    bundle_sha256     varchar(64)   not null,
    summary_file_id   bigint        not null,
    summary_sha256    varchar(64)   not null,
    constraint uk_province_package_sequence unique (province_id, report_year, sequence_no),
    constraint fk_province_package_province foreign key (province_id) references jurisdiction (id),
    constraint fk_province_package_bundle foreign key (bundle_file_id) references stored_file (id),
    constraint fk_province_package_summary foreign key (summary_file_id) references stored_file (id)
) ${table_options};

create index ix_province_package_year on province_package (report_year);

-- The forms a package carried: the publication, its revision and content hash as they were bundled.
create table province_package_form (
    package_id      bigint       not null,
    line_no         int          not null,
    publication_id  bigint       not null,
    park_id         bigint       not null,
    park_name       varchar(200) not null,
    revision_number int          not null,
    content_hash    varchar(64)  not null,
    deliverables    int          not null,
    primary key (package_id, line_no),
    constraint fk_province_package_form_package foreign key (package_id) references province_package (id)
) ${table_options};

-- The parks of the province a package did not carry, with the province's reason.
create table province_package_missing (
    package_id bigint       not null,
    line_no         int          not null,
    park_id    bigint       not null,
    park_name  varchar(200) not null,
    reason     varchar(500) not null,
    primary key (package_id, line_no),
    constraint fk_province_package_missing_package foreign key (package_id) references province_package (id)
) ${table_options};
