/**
 * Search across every published disclosure form: a Lucene index of the publications (Hibernate Search, Chinese words
 * found by Lucene's smartcn segmenter), kept current on every node, the open search API and the public search page.
 * Reads the publication feature's frozen forms; nothing depends on it.
 */
package ecopark.search;
