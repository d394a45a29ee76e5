package ecopark.park.service;

import ecopark.base.domain.BusinessRuleException;

public class ParkNotFoundException extends BusinessRuleException {

    public ParkNotFoundException(long parkId) {
        super("park.error.notFound", parkId);
    }
}
