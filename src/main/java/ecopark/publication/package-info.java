/**
 * Published disclosure forms: the public pages without login, PDF and Word documents, and the open JSON API.
 * Uses report and review's publish step.
 */
package ecopark.publication;
