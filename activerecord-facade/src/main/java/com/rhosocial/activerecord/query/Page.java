package com.rhosocial.activerecord.query;

import java.util.List;

/**
 * One page of results.
 *
 * @param items the records on this page
 * @param page the 1-based page number
 * @param size the page size asked for
 * @param total the number of records over all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The number of pages (at least 1). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }
}
