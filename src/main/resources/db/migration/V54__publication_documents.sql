-- The PDF and Word documents of published forms, made once (on the first request) and kept in the file store, so
-- that every node serves the same bytes. One per publication, kind and stamp: a form superseded by a correction says
-- so in its stamp, so it gets a document of its own. The unique key lets two nodes making the same document at once
-- end with one copy: the second insert fails and that node serves the first one's.
create table publication_document (
    id              bigint       not null auto_increment primary key,
    version         bigint       not null,
    publication_id  bigint       not null,
    kind            varchar(10)  not null,
    superseded      boolean      not null,
    file_id         bigint       not null,
    created_at      datetime(6)  not null,
    constraint uk_publication_document unique (publication_id, kind, superseded),
    constraint fk_publication_document_publication foreign key (publication_id) references publication (id),
    constraint fk_publication_document_file foreign key (file_id) references stored_file (id)
) ${table_options};
