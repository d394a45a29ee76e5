-- A notice topic's title and prompt in English, for the English interface. Nullable: a topic without them shows its
-- Chinese texts there (notices issued before this column, or by an office that writes only Chinese).
alter table notice_topic add column title_en varchar(200);
alter table notice_topic add column prompt_en varchar(2000);
