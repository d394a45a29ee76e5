package ecopark.publication.document;

/**
 * What a document says about itself under the title: when it was published and which revision, or that it is a draft
 * (then every page carries the watermark 草稿).
 */
public record DocumentStamp(String line, boolean draft) {
}
