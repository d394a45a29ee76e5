-- Review: where a report stands in review, the reviewers' decisions (for four eyes and the done list) and comments.
alter table annual_report add column review_stage varchar(20);

create table review_decision (
    id               bigint       not null auto_increment primary key,
    version          bigint       not null,
    report_id        bigint       not null,
    park_id          bigint       not null,
    revision_number  int          not null,
    stage            varchar(20)  not null,
    decision         varchar(20)  not null,
    reviewer         varchar(50)  not null,
    reviewer_name    varchar(100) not null,
    decided_at       datetime(6)  not null,
    constraint fk_review_decision_report foreign key (report_id) references annual_report (id)
) ${table_options};

create index ix_review_decision_reviewer on review_decision (reviewer, decided_at);
create index ix_review_decision_report on review_decision (report_id, revision_number);

create table review_comment (
    id               bigint       not null auto_increment primary key,
    version          bigint       not null,
    report_id        bigint       not null,
    revision_number  int          not null,
    stage            varchar(20)  not null,
    anchor           varchar(40)  not null,
    body             longtext     not null,
    author           varchar(50)  not null,
    author_name      varchar(100) not null,
    created_at       datetime(6)  not null,
    constraint fk_review_comment_report foreign key (report_id) references annual_report (id)
) ${table_options};

create index ix_review_comment_report on review_comment (report_id, revision_number);
