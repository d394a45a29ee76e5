-- Jurisdictions form a hierarchy: the national office, provincial departments (municipalities such as Tianjin at that
-- level) and city bureaus under them. A bureau that existed before stands alone at provincial level: it reviewed its
-- parks' reports itself, which is what a province does now.
alter table jurisdiction add column level varchar(20) default 'PROVINCIAL' not null;
alter table jurisdiction add column parent_id bigint;
alter table jurisdiction add constraint fk_jurisdiction_parent foreign key (parent_id) references jurisdiction (id);
