/**
 * The annual notice (年度通知) the national office issues for a report year: its deadlines, the extra deliverables
 * and narrative topics it demands, and the programme's name and form title per report year. Uses {@code park} for
 * the jurisdiction levels and {@code security} for the access rule; the report feature reads it through its service.
 */
package ecopark.notice;
