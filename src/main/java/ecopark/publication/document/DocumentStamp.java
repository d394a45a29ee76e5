package ecopark.publication.document;

/**
 * What a document says about itself under the title: when it was published and which revision, or that it is a draft
 * (then every page carries the watermark 草稿), and for a published form the content hash of its frozen document
 * (written under the stamp and into the file's metadata), so a copy can be checked against the portal.
 */
public record DocumentStamp(String line, boolean draft, String contentHash) {

    public DocumentStamp(String line, boolean draft) {
        this(line, draft, null);
    }

    /** The metadata key of the content hash in the PDF's document information and the Word file's properties. */
    public static final String HASH_PROPERTY = "ContentSHA256";
}
