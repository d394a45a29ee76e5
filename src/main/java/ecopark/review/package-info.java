/**
 * The Flowable review process (processes/annual-report-review.bpmn20.xml), the reviewers' inbox and the review
 * screen. Uses report; candidate groups come from security's roles per jurisdiction.
 */
package ecopark.review;
