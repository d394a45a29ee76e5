/**
 * The registry of rectification tasks (整改), their BPMN lifecycle, evidence and the managers' dashboard.
 * Uses park, evaluation and report.
 */
package ecopark.rectification;
