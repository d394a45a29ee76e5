/**
 * The evaluation feature's public face: the catalogue, statistics and sheet services, the evaluator and the value
 * records they return. The report editor and the review process call these.
 */
@org.springframework.modulith.NamedInterface("service")
package ecopark.evaluation.service;
