/**
 * Evaluation views, and the components the report editor and the review screen embed: the evaluation panel and the
 * section 三 editor. Exposed for embedding; the views are reached by route only.
 */
@org.springframework.modulith.NamedInterface("ui")
package ecopark.evaluation.ui;
