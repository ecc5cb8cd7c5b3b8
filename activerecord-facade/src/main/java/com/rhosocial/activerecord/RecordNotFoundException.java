package com.rhosocial.activerecord;

/** {@code findOrFail} (or {@code reload}) found no row. */
public class RecordNotFoundException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String message) {
        super(message);
    }
}
