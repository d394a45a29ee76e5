/**
 * The registry's pages (task list, task page, managers' dashboard) and what rectification hands to other features'
 * views: the one-click task from a not-met indicator and the narrative figures dialog of the report editor.
 */
package ecopark.rectification.ui;
