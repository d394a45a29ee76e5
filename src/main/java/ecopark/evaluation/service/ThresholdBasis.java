package ecopark.evaluation.service;

/** Why a threshold applied: the standard's value, the direction of value-added growth, the region, or footnote a. */
public enum ThresholdBasis {
    STANDARD,
    VALUE_ADDED_GROWING,
    VALUE_ADDED_SHRINKING,
    WATER_REGION,
    INDUSTRY_OVERRIDE
}
