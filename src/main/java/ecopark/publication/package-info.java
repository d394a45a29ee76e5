/**
 * Published disclosure forms: the frozen form of the publish step, the public pages without login, PDF and Word
 * documents, and the open JSON API. Uses report (revisions, the publish event), evaluation (section 三), park and
 * security; nothing depends on it except through report's {@code ReportDocuments}.
 */
package ecopark.publication;
