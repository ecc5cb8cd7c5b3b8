/**
 * Validations: a model overrides {@code validate(Validation v)} and declares its rules there (presence, length,
 * format, numericality, inclusion, uniqueness against the database, custom checks); failures collect in
 * {@link com.rhosocial.activerecord.validation.Errors}.
 */
package com.rhosocial.activerecord.validation;
