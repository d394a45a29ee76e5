-- The working-day calendar for review due dates: only the exceptions to "Monday to Friday" are stored — public
-- holidays on weekdays and make-up workdays (调休上班) on weekends. No rows means weekends only.
create table work_calendar_day (
    id             bigint       not null auto_increment primary key,
    version        bigint       not null,
    calendar_date  date         not null,
    kind           varchar(20)  not null,
    name           varchar(40)  not null,
    constraint uq_work_calendar_day unique (calendar_date)
) ${table_options};
