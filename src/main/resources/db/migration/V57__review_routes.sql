-- The submission route as data (issue 16): per province, whether the park's city bureau pre-reviews (预审) before the
-- province's 初审 and 复核, and the due working days of each stage. A province without a row takes the default route
-- (its own 初审 and 复核, the configured due days), which is what every bureau did before. A report in review keeps
-- the stages it was submitted with: they travel with its process as ids and numbers, not read from here again.
create table review_route (
    id                bigint       not null auto_increment primary key,
    version           bigint       not null,
    province_id       bigint       not null,
    city_pre_review   boolean      not null,
    pre_review_days   int          not null,
    preliminary_days  int          not null,
    final_days        int          not null,
    updated_by        varchar(50),
    updated_at        datetime(6),
    constraint uk_review_route_province unique (province_id),
    constraint fk_review_route_province foreign key (province_id) references jurisdiction (id)
) ${table_options};

-- The bureau that decided (the stage's jurisdiction): with a city pre-review and a province's 初审 a report's
-- decisions belong to different bureaus, and each reviewer's done list (已办) shows those of their own bureau. Until
-- now it was always the park's jurisdiction.
alter table review_decision add column jurisdiction_id bigint;
update review_decision set jurisdiction_id = (select p.jurisdiction_id from park p where p.id = review_decision.park_id);
