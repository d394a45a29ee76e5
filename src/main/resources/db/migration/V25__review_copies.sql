-- Copies (抄送): a reviewer sends a submitted revision to named colleagues of the same bureau for information. No task
-- is created; the copy shows in the colleague's inbox until they have read it, and stays listed afterwards.
create table review_copy (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null,
    report_id        bigint        not null,
    park_id          bigint        not null,
    jurisdiction_id  bigint        not null,
    revision_number  int           not null,
    recipient        varchar(50)   not null,
    sender           varchar(50)   not null,
    sender_name      varchar(100)  not null,
    note             varchar(500),
    sent_at          datetime(6)   not null,
    read_at          datetime(6),
    constraint fk_review_copy_report foreign key (report_id) references annual_report (id)
) ${table_options};

create index ix_review_copy_recipient on review_copy (recipient, sent_at);
