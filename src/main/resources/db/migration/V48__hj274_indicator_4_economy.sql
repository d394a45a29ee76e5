-- HJ 274-2015 groups indicators 1–4 under 经济发展 and 5–7 under 产业共生; V4 filed indicator 4
-- (资源再生利用产业增加值占园区工业增加值比例) under 产业共生. Moved here, not in V4, because V4 has run everywhere.
-- Revisions and publications keep the category they froze (a published document never changes); raising the
-- standard version's revision makes every cached catalogue reload, as an administrator's edit would.

update eval_indicator
set category_id = (select c.id from eval_indicator_category c
                   where c.standard_id = eval_indicator.standard_id and c.code = 'ECONOMY'),
    version = version + 1
where code = '4'
  and standard_id = (select s.id from eval_standard_version s where s.code = 'HJ 274-2015')
  and category_id = (select c.id from eval_indicator_category c
                     where c.standard_id = eval_indicator.standard_id and c.code = 'SYMBIOSIS');

update eval_standard_version set version = version + 1 where code = 'HJ 274-2015';
