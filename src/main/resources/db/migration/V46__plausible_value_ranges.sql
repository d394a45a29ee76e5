-- Plausible ranges of what parks type, as catalogue data read by the editor, the Excel import and the API alike.
-- value_min / value_max bound a value in the statistic's or indicator's own unit (null: no bound on that side beyond
-- what the columns store, decimal(24,6): 18 digits before the point, 6 after); whole_number asks for an integer.
-- Computed and yes/no indicators take no typed number and keep no range.

alter table eval_statistic add column value_min decimal(24,6);
alter table eval_statistic add column value_max decimal(24,6);
alter table eval_statistic add column whole_number boolean default false not null;

alter table eval_indicator add column value_min decimal(24,6);
alter table eval_indicator add column value_max decimal(24,6);
alter table eval_indicator add column whole_number boolean default false not null;

-- HJ 274-2015 statistics: none is negative, and none exceeds ten times China's national total of the same quantity
-- (industrial output about 4·10⁹ 万元, energy 6·10⁹ t ce, water use 6·10¹¹ m³, solid waste 4·10⁹ t, CO₂ 1.2·10¹⁰ t,
-- each main pollutant below 3·10⁷ t): a larger number is a typing slip (a wrong unit, digits typed twice).
update eval_statistic set value_min = 0, value_max = 10000000000
    where statistic_key in ('industrial_output', 'high_tech_output', 'industrial_value_added', 'recycling_value_added');
update eval_statistic set value_min = 0, value_max = 100000000, whole_number = true where statistic_key = 'employees';
update eval_statistic set value_min = 0, value_max = 100000 where statistic_key = 'industrial_land_area';
update eval_statistic set value_min = 0, value_max = 100000000000
    where statistic_key in ('energy_consumption', 'renewable_energy');
update eval_statistic set value_min = 0, value_max = 1000000000000
    where statistic_key in ('fresh_water', 'water_total', 'water_reused', 'wastewater_treated',
                            'reclaimed_water_reused', 'wastewater_discharged');
update eval_statistic set value_min = 0, value_max = 100000000000
    where statistic_key in ('solid_waste_generated', 'solid_waste_utilised', 'recyclables_generated',
                            'recyclables_recycled', 'co2_emissions');
update eval_statistic set value_min = 0, value_max = 1000000000
    where statistic_key in ('cod_emissions', 'ammonia_emissions', 'so2_emissions', 'nox_emissions');
-- Statistics an administrator adds later start at what the columns store, never negative.
update eval_statistic set value_min = 0, value_max = 999999999999999999 where value_max is null;

-- Entered indicators of HJ 274-2015: shares and degrees of completeness are 0–100 %; counts (5: eco-industrial chain
-- projects, 19: serious environmental emergencies, 32: publicity campaigns a year) are whole and non-negative.
update eval_indicator set value_min = 0, value_max = 100
    where formula_key = 'ENTERED' and rule_kind in ('MIN', 'MAX', 'EQUALS') and code in ('20', '21', '23', '24', '29', '30', '31')
      and standard_id = (select id from eval_standard_version where code = 'HJ 274-2015');
update eval_indicator set value_min = 0, value_max = 10000, whole_number = true
    where formula_key = 'ENTERED' and rule_kind in ('MIN_COUNT', 'MAX_COUNT') and code in ('5', '19', '32')
      and standard_id = (select id from eval_standard_version where code = 'HJ 274-2015');
-- Any other entered number (a later standard's) at least stays non-negative, counts whole.
update eval_indicator set value_min = 0, whole_number = true
    where formula_key = 'ENTERED' and rule_kind in ('MIN_COUNT', 'MAX_COUNT') and value_min is null;
update eval_indicator set value_min = 0
    where formula_key = 'ENTERED' and rule_kind in ('MIN', 'MAX', 'EQUALS', 'MIN_BY_REGION') and value_min is null;
