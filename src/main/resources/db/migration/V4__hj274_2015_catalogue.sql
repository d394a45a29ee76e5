-- HJ 274-2015 国家生态工业示范园区标准 as catalogue data: 32 indicators, 17 mandatory, at least 6 optional ones
-- to select (an administrator may change the minimum). Rule kinds and formula keys are read by the evaluator;
-- statistics are in the units named here, and factor turns numerator/denominator into the indicator's unit.

insert into eval_standard_version (version, code, name_zh, name_en, active, min_optional)
values (0, 'HJ 274-2015', '国家生态工业示范园区标准 (HJ 274-2015)',
        'Standard for national demonstration eco-industrial parks (HJ 274-2015)', true, 6);

insert into eval_indicator_category (version, standard_id, code, name_zh, name_en, sort_order)
select 0, id, 'ECONOMY', '经济发展', 'Economic development', 1 from eval_standard_version where code = 'HJ 274-2015';
insert into eval_indicator_category (version, standard_id, code, name_zh, name_en, sort_order)
select 0, id, 'SYMBIOSIS', '产业共生', 'Industrial symbiosis', 2 from eval_standard_version where code = 'HJ 274-2015';
insert into eval_indicator_category (version, standard_id, code, name_zh, name_en, sort_order)
select 0, id, 'RESOURCES', '资源节约', 'Resource conservation', 3 from eval_standard_version where code = 'HJ 274-2015';
insert into eval_indicator_category (version, standard_id, code, name_zh, name_en, sort_order)
select 0, id, 'ENVIRONMENT', '环境保护', 'Environmental protection', 4 from eval_standard_version where code = 'HJ 274-2015';
insert into eval_indicator_category (version, standard_id, code, name_zh, name_en, sort_order)
select 0, id, 'DISCLOSURE', '信息公开', 'Information disclosure', 5 from eval_standard_version where code = 'HJ 274-2015';

insert into eval_footnote (version, standard_id, mark, text_zh, text_en, industry_override)
select 0, id, 'a', 'a 若园区内某一行业的工业总产值占园区工业总产值的比例大于70%，该指标的指标值应达到该行业清洁生产评价指标体系一级水平或公认的国际先进水平。', 'a Where one industry''s industrial output exceeds 70% of the park''s industrial output, the indicator shall reach that industry''s clean-production level-1 value (or the recognised international advanced level).', true from eval_standard_version where code = 'HJ 274-2015';
insert into eval_footnote (version, standard_id, mark, text_zh, text_en, industry_override)
select 0, id, 'b', 'b 再生资源指在社会生产和生活消费过程中产生的，已经失去原有全部或部分使用价值，经过回收、加工处理，能够使其重新获得使用价值的各种废弃物，包括废旧金属、报废电子产品、报废机电设备及其零部件、废造纸原料、废轻化工原料、废玻璃等。', 'b Recyclable resources are wastes from production and consumption that have lost all or part of their use value and regain it after collection and processing: scrap metal, end-of-life electronics and electromechanical equipment and their parts, waste paper-making and light-chemical raw materials, waste glass, etc.', false from eval_standard_version where code = 'HJ 274-2015';

insert into eval_statistic (version, statistic_key, name_zh, name_en, unit_zh, unit_en, sort_order) values
    (0, 'industrial_output', '园区工业总产值', 'Industrial output', '万元', '10k yuan', 1),
    (0, 'high_tech_output', '高新技术企业工业总产值', 'Industrial output of high-tech enterprises', '万元', '10k yuan', 2),
    (0, 'industrial_value_added', '园区工业增加值', 'Industrial value added', '万元', '10k yuan', 3),
    (0, 'recycling_value_added', '资源再生利用产业增加值', 'Value added of the resource-recycling industry', '万元', '10k yuan', 4),
    (0, 'employees', '园区工业从业人员', 'Industrial employees', '人', 'persons', 5),
    (0, 'industrial_land_area', '工业用地面积', 'Industrial land area', '平方公里', 'km²', 6),
    (0, 'energy_consumption', '综合能耗', 'Total energy consumption', '吨标煤', 't ce', 7),
    (0, 'renewable_energy', '可再生能源使用量', 'Renewable energy used', '吨标煤', 't ce', 8),
    (0, 'fresh_water', '新鲜水耗', 'Fresh water consumption', '立方米', 'm³', 9),
    (0, 'water_total', '工业用水总量', 'Total industrial water use', '立方米', 'm³', 10),
    (0, 'water_reused', '工业重复用水量', 'Industrial water reused', '立方米', 'm³', 11),
    (0, 'wastewater_treated', '污水处理量', 'Wastewater treated', '立方米', 'm³', 12),
    (0, 'reclaimed_water_reused', '再生水(中水)回用量', 'Reclaimed water reused', '立方米', 'm³', 13),
    (0, 'wastewater_discharged', '工业废水排放量', 'Industrial wastewater discharged', '吨', 't', 14),
    (0, 'solid_waste_generated', '工业固体废物产生量', 'Industrial solid waste generated', '吨', 't', 15),
    (0, 'solid_waste_utilised', '工业固体废物综合利用量', 'Industrial solid waste utilised', '吨', 't', 16),
    (0, 'recyclables_generated', '再生资源产生量', 'Recyclable resources arising', '吨', 't', 17),
    (0, 'recyclables_recycled', '再生资源循环利用量', 'Recyclable resources recycled', '吨', 't', 18),
    (0, 'co2_emissions', '二氧化碳排放量', 'CO₂ emissions', '吨', 't', 19),
    (0, 'cod_emissions', '化学需氧量排放量', 'COD emissions', '吨', 't', 20),
    (0, 'ammonia_emissions', '氨氮排放量', 'Ammonia nitrogen emissions', '吨', 't', 21),
    (0, 'so2_emissions', '二氧化硫排放量', 'SO₂ emissions', '吨', 't', 22),
    (0, 'nox_emissions', '氮氧化物排放量', 'NOₓ emissions', '吨', 't', 23);

insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '1', 1, '高新技术企业工业总产值占园区工业总产值比例', 'Share of high-tech enterprises'' industrial output in the park''s industrial output', '%', '%', '≥30', '≥30', 'OPTIONAL', null, 'MIN', 30, 'RATIO', '高新技术企业工业总产值 ÷ 园区工业总产值 × 100%', 'Industrial output of high-tech enterprises ÷ industrial output × 100%', 100, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ECONOMY' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '2', 2, '人均工业增加值', 'Industrial value added per employee', '万元/人', '10k yuan/person', '≥15', '≥15', 'OPTIONAL', null, 'MIN', 15, 'RATIO', '园区工业增加值 ÷ 园区工业从业人员', 'Industrial value added ÷ industrial employees', 1, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ECONOMY' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '3', 3, '园区工业增加值三年年均增长率', 'Three-year average annual growth rate of industrial value added', '%', '%', '≥15', '≥15', 'OPTIONAL', null, 'MIN', 15, 'THREE_YEAR_GROWTH', '((Vₙ ÷ Vₙ₋₃)^(1/3) − 1) × 100%，V = 园区工业增加值', '((Vₙ ÷ Vₙ₋₃)^(1/3) − 1) × 100%, V = industrial value added', 100, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ECONOMY' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '4', 4, '资源再生利用产业增加值占园区工业增加值比例', 'Share of the resource-recycling industry''s value added in industrial value added', '%', '%', '≥30', '≥30', 'OPTIONAL', null, 'MIN', 30, 'RATIO', '资源再生利用产业增加值 ÷ 园区工业增加值 × 100%', 'Value added of the resource-recycling industry ÷ industrial value added × 100%', 100, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'SYMBIOSIS' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '5', 5, '建设规划实施后新增构建生态工业链项目数量', 'Eco-industrial chain projects added since the construction plan took effect', '个', 'projects', '≥6', '≥6', 'MANDATORY', null, 'MIN_COUNT', 6, 'ENTERED', null, null, 1, 0
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'SYMBIOSIS' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '6', 6, '工业固体废物综合利用率', 'Comprehensive utilisation rate of industrial solid waste', '%', '%', '≥70', '≥70', 'OPTIONAL', 'a', 'MIN', 70, 'RATIO', '工业固体废物综合利用量 ÷ 工业固体废物产生量 × 100%', 'Industrial solid waste utilised ÷ generated × 100%', 100, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'SYMBIOSIS' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '7', 7, '再生资源循环利用率', 'Recycling rate of recyclable resources', '%', '%', '≥80', '≥80', 'OPTIONAL', 'b', 'MIN', 80, 'RATIO', '再生资源循环利用量 ÷ 再生资源产生量 × 100%', 'Recyclable resources recycled ÷ arising × 100%', 100, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'SYMBIOSIS' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '8', 8, '单位工业用地面积工业增加值', 'Industrial value added per km² of industrial land', '亿元/平方公里', '100M yuan/km²', '≥9', '≥9', 'OPTIONAL', null, 'MIN', 9, 'RATIO', '园区工业增加值（万元 → 亿元）÷ 工业用地面积', 'Industrial value added (10k → 100M yuan) ÷ industrial land area', 0.0001, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'RESOURCES' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '9', 9, '单位工业用地面积工业增加值三年年均增长率', 'Three-year average annual growth rate of industrial value added per km² of industrial land', '%', '%', '≥6', '≥6', 'OPTIONAL', null, 'MIN', 6, 'THREE_YEAR_GROWTH', '((Vₙ ÷ Vₙ₋₃)^(1/3) − 1) × 100%，V = 园区工业增加值 ÷ 工业用地面积', '((Vₙ ÷ Vₙ₋₃)^(1/3) − 1) × 100%, V = industrial value added ÷ industrial land area', 100, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'RESOURCES' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '10', 10, '综合能耗弹性系数', 'Elasticity coefficient of total energy consumption', '—', '—', '园区工业增加值建设期年均增长率>0时 ≤0.6；<0时 ≥0.6', '≤0.6 while industrial value added grows over the construction period; ≥0.6 while it shrinks', 'MANDATORY', null, 'ELASTICITY', 0.6, 'ELASTICITY', '综合能耗年均增长率 ÷ 园区工业增加值年均增长率（建设期年均增长率：基准年至报告年）', 'Growth rate of total energy consumption ÷ growth rate of industrial value added (annual average growth from the base year to the report year)', 1, 3
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'RESOURCES' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '11', 11, '单位工业增加值综合能耗', 'Total energy consumption per unit of industrial value added', '吨标煤/万元', 't ce/10k yuan', '≤0.5', '≤0.5', 'OPTIONAL', 'a', 'MAX', 0.5, 'RATIO', '综合能耗 ÷ 园区工业增加值', 'Total energy consumption ÷ industrial value added', 1, 3
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'RESOURCES' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '12', 12, '可再生能源使用比例', 'Share of renewable energy', '%', '%', '≥9', '≥9', 'OPTIONAL', null, 'MIN', 9, 'RATIO', '可再生能源使用量 ÷ 综合能耗 × 100%', 'Renewable energy used ÷ total energy consumption × 100%', 100, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'RESOURCES' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '13', 13, '新鲜水耗弹性系数', 'Elasticity coefficient of fresh water consumption', '—', '—', '园区工业增加值建设期年均增长率>0时 ≤0.55；<0时 ≥0.55', '≤0.55 while industrial value added grows over the construction period; ≥0.55 while it shrinks', 'MANDATORY', null, 'ELASTICITY', 0.55, 'ELASTICITY', '新鲜水耗年均增长率 ÷ 园区工业增加值年均增长率（建设期年均增长率：基准年至报告年）', 'Growth rate of fresh water consumption ÷ growth rate of industrial value added (annual average growth from the base year to the report year)', 1, 3
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'RESOURCES' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '14', 14, '单位工业增加值新鲜水耗', 'Fresh water consumption per unit of industrial value added', '立方米/万元', 'm³/10k yuan', '≤8', '≤8', 'OPTIONAL', 'a', 'MAX', 8, 'RATIO', '新鲜水耗 ÷ 园区工业增加值', 'Fresh water consumption ÷ industrial value added', 1, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'RESOURCES' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '15', 15, '工业用水重复利用率', 'Repeated utilisation rate of industrial water', '%', '%', '≥75', '≥75', 'OPTIONAL', null, 'MIN', 75, 'RATIO', '工业重复用水量 ÷ 工业用水总量 × 100%', 'Industrial water reused ÷ total industrial water use × 100%', 100, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'RESOURCES' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '16', 16, '再生水(中水)回用率', 'Reuse rate of reclaimed water', '%', '%', '缺水城市≥20；京津冀区域≥30；其他地区≥10', '≥20 in water-scarce cities; ≥30 in Beijing–Tianjin–Hebei; ≥10 elsewhere', 'OPTIONAL', null, 'MIN_BY_REGION', null, 'RATIO', '再生水(中水)回用量 ÷ 污水处理量 × 100%', 'Reclaimed water reused ÷ wastewater treated × 100%', 100, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'RESOURCES' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '17', 17, '工业园区重点污染源稳定排放达标情况', 'Stable compliance of the park''s key pollution sources', '%', '%', '达标', 'compliant', 'MANDATORY', null, 'STATE', null, 'ENTERED', null, null, 1, 0
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '18', 18, '工业园区国家重点污染物排放总量控制指标及地方特征污染物排放总量控制指标完成情况', 'Fulfilment of the national and local total-emission control targets', '—', '—', '全部完成', 'all fulfilled', 'MANDATORY', null, 'STATE', null, 'ENTERED', null, null, 1, 0
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '19', 19, '工业园区内企事业单位发生特别重大、重大突发环境事件数量', 'Especially serious or serious environmental emergencies at enterprises and institutions in the park', '—', '—', '0', '0', 'MANDATORY', null, 'MAX_COUNT', 0, 'ENTERED', null, null, 1, 0
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '20', 20, '环境管理能力完善度', 'Completeness of environmental management capacity', '%', '%', '100', '100', 'MANDATORY', null, 'EQUALS', 100, 'ENTERED', null, null, 1, 1
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '21', 21, '工业园区重点企业清洁生产审核实施率', 'Cleaner-production audit rate of key enterprises', '%', '%', '100', '100', 'MANDATORY', null, 'EQUALS', 100, 'ENTERED', null, null, 1, 1
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '22', 22, '污水集中处理设施', 'Central wastewater treatment facility', '—', '—', '具备', 'in place', 'MANDATORY', null, 'STATE', null, 'ENTERED', null, null, 1, 0
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '23', 23, '园区环境风险防控体系建设完善度', 'Completeness of the environmental risk prevention and control system', '%', '%', '100', '100', 'MANDATORY', null, 'EQUALS', 100, 'ENTERED', null, null, 1, 1
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '24', 24, '工业固体废物(含危险废物)处置利用率', 'Disposal and utilisation rate of industrial solid waste (incl. hazardous waste)', '—', '—', '100', '100', 'MANDATORY', null, 'EQUALS', 100, 'ENTERED', null, null, 1, 1
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '25', 25, '主要污染物排放弹性系数', 'Elasticity coefficient of main pollutant emissions', '—', '—', '园区工业增加值建设期年均增长率>0时 ≤0.3；<0时 ≥0.3', '≤0.3 while industrial value added grows over the construction period; ≥0.3 while it shrinks', 'MANDATORY', null, 'ELASTICITY', 0.3, 'ELASTICITY', '各主要污染物（化学需氧量、氨氮、二氧化硫、氮氧化物）排放量年均增长率 ÷ 园区工业增加值年均增长率（建设期年均增长率：基准年至报告年），每一项均须达到', 'Growth rate of each main pollutant''s emissions (COD, ammonia nitrogen, SO₂, NOₓ) ÷ growth rate of industrial value added (annual average growth from the base year to the report year); each must comply', 1, 3
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '26', 26, '单位工业增加值二氧化碳排放量年均削减率', 'Average annual reduction rate of CO₂ emissions per unit of industrial value added', '%', '%', '≥3', '≥3', 'MANDATORY', 'a', 'MIN', 3, 'ANNUAL_REDUCTION', '(1 − (Iₙ ÷ I基准年)^(1/(n − 基准年))) × 100%，I = 二氧化碳排放量 ÷ 园区工业增加值', '(1 − (Iₙ ÷ I_base)^(1/(n − base year))) × 100%, I = CO₂ emissions ÷ industrial value added', 100, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '27', 27, '单位工业增加值废水排放量', 'Wastewater discharged per unit of industrial value added', '吨/万元', 't/10k yuan', '≤7', '≤7', 'OPTIONAL', 'a', 'MAX', 7, 'RATIO', '工业废水排放量 ÷ 园区工业增加值', 'Industrial wastewater discharged ÷ industrial value added', 1, 2
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '28', 28, '单位工业增加值固废产生量', 'Industrial solid waste generated per unit of industrial value added', '吨/万元', 't/10k yuan', '≤0.1', '≤0.1', 'OPTIONAL', 'a', 'MAX', 0.1, 'RATIO', '工业固体废物产生量 ÷ 园区工业增加值', 'Industrial solid waste generated ÷ industrial value added', 1, 3
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '29', 29, '绿化覆盖率', 'Green coverage rate', '%', '%', '≥15', '≥15', 'MANDATORY', null, 'MIN', 15, 'ENTERED', null, null, 1, 1
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'ENVIRONMENT' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '30', 30, '重点企业环境信息公开率', 'Environmental information disclosure rate of key enterprises', '%', '%', '100', '100', 'MANDATORY', null, 'EQUALS', 100, 'ENTERED', null, null, 1, 1
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'DISCLOSURE' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '31', 31, '生态工业信息平台完善程度', 'Completeness of the eco-industrial information platform', '%', '%', '100', '100', 'MANDATORY', null, 'EQUALS', 100, 'ENTERED', null, null, 1, 1
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'DISCLOSURE' where s.code = 'HJ 274-2015';
insert into eval_indicator (version, standard_id, category_id, code, sort_order, name_zh, name_en, unit_zh, unit_en, requirement_zh, requirement_en, selection, footnote_marks, rule_kind, threshold, formula_key, formula_zh, formula_en, factor, display_scale)
select 0, s.id, c.id, '32', 32, '生态工业主题宣传活动', 'Eco-industry publicity campaigns', '次/年', 'times/year', '≥2', '≥2', 'MANDATORY', null, 'MIN_COUNT', 2, 'ENTERED', null, null, 1, 0
from eval_standard_version s join eval_indicator_category c on c.standard_id = s.id and c.code = 'DISCLOSURE' where s.code = 'HJ 274-2015';

insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'high_tech_output', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '1';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'industrial_output', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '1';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '2';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'employees', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '2';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '3';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'recycling_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '4';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '4';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'solid_waste_utilised', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '6';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'solid_waste_generated', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '6';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'recyclables_recycled', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '7';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'recyclables_generated', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '7';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '8';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'industrial_land_area', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '8';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '9';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'industrial_land_area', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '9';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'energy_consumption', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '10';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '10';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'energy_consumption', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '11';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '11';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'renewable_energy', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '12';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'energy_consumption', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '12';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'fresh_water', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '13';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '13';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'fresh_water', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '14';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '14';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'water_reused', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '15';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'water_total', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '15';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'reclaimed_water_reused', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '16';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'wastewater_treated', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '16';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'cod_emissions', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '25';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'ammonia_emissions', 2 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '25';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'so2_emissions', 3 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '25';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'nox_emissions', 4 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '25';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '25';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'co2_emissions', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '26';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '26';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'wastewater_discharged', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '27';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '27';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'NUMERATOR', 'solid_waste_generated', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '28';
insert into eval_indicator_statistic (indicator_id, role, statistic_key, sort_order)
select i.id, 'DENOMINATOR', 'industrial_value_added', 1 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '28';

insert into eval_regional_threshold (indicator_id, region, threshold)
select i.id, 'WATER_SCARCE_CITY', 20 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '16';
insert into eval_regional_threshold (indicator_id, region, threshold)
select i.id, 'BEIJING_TIANJIN_HEBEI', 30 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '16';
insert into eval_regional_threshold (indicator_id, region, threshold)
select i.id, 'OTHER', 10 from eval_indicator i join eval_standard_version s on s.id = i.standard_id where s.code = 'HJ 274-2015' and i.code = '16';
