-- One file store for the whole product (report attachments, rectification evidence): files live in the database,
-- so every application node sees them and a database backup holds everything. Content is a separate row so that
-- listing files never loads their bytes.
create table stored_file (
    id            bigint       not null auto_increment primary key,
    version       bigint       not null,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    created_at    datetime(6)  not null,
    created_by    varchar(100) not null
) ${table_options};

create table stored_file_content (
    file_id  bigint   not null primary key,
    content  longblob not null,
    constraint fk_stored_file_content_file foreign key (file_id) references stored_file (id)
) ${table_options};

create table report_attachment (
    id           bigint       not null auto_increment primary key,
    version      bigint       not null,
    report_id    bigint       not null,
    file_id      bigint       not null,
    constraint fk_report_attachment_report foreign key (report_id) references annual_report (id),
    constraint fk_report_attachment_file foreign key (file_id) references stored_file (id)
) ${table_options};

create index ix_report_attachment_report on report_attachment (report_id);
