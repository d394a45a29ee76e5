/**
 * The HJ 274-2015 indicator catalogue as data, the rules that decide 是否达标, and the one check whether a report
 * may be submitted. Uses park for the park's base year and region class.
 */
package ecopark.evaluation;
