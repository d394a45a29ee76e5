-- Audit details as data (a message per action, its arguments as JSON) so each line reads in the reader's language;
-- the older free-text column stays for the lines written before. Indexes for the trail's filters.
alter table audit_entry add column detail_args varchar(2000);

create index ix_audit_actor on audit_entry (actor, id);
create index ix_audit_action on audit_entry (action, id);
create index ix_audit_park on audit_entry (park_id, id);
