package com.rhosocial.activerecord;

/**
 * An update or delete of a record with a {@link com.rhosocial.activerecord.model.Version} column matched no row:
 * someone else changed or deleted it since it was loaded.
 */
public class StaleRecordException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    public StaleRecordException(String message) {
        super(message);
    }
}
