package ecopark.publication.service;

/** No published form has this id: unpublished reports have no publication, so guessing ids finds nothing. */
public class PublicationNotFoundException extends RuntimeException {

    public PublicationNotFoundException(long id) {
        super("No published form " + id);
    }
}
