package com.rhosocial.activerecord.dialect.internal.spec;

import net.sf.jsqlparser.expression.Expression;

/**
 * Row limit and offset of one query block in canonical form, whatever the source spelled
 * ({@code LIMIT}, {@code LIMIT m, n}, {@code TOP}, {@code OFFSET/FETCH}, Oracle {@code ROWNUM}).
 *
 * @param rowCount number of rows, or null for no limit
 * @param offset rows to skip, or null for none
 * @param percentOrTies true when the source used {@code TOP n PERCENT} or {@code WITH TIES} (not translatable)
 */
public record Paging(Expression rowCount, Expression offset, boolean percentOrTies) {
    public boolean isEmpty() {
        return rowCount == null && offset == null;
    }
}
