/**
 * The rectification feature's public face: the registry of tasks with their lifecycle, evidence, rounds, the
 * managers' dashboard, spreadsheet import and export. Used by its views and the demo data.
 */
@org.springframework.modulith.NamedInterface("service")
package ecopark.rectification.service;
