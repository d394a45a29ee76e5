-- HJ 274-2015 footnote a applies where one industry makes up more than 70 % of the park's industrial output: the
-- override keeps that industry's share as a number (in %), checked against 70 %, not only in its free-text reason.
-- Overrides recorded before keep a null share.
alter table eval_sheet_entry add column override_industry_share decimal(9, 4);
