-- The day by which parks must submit their annual report for a year (e.g. report year 2026 → 2027-03-31), set by
-- administrators; a year without a row falls back to the configured default.
create table submission_deadline (
    id           bigint   not null auto_increment primary key,
    version      bigint   not null,
    report_year  int      not null,
    deadline     date     not null,
    constraint uq_submission_deadline_year unique (report_year)
) ${table_options};
