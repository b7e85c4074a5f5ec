package org.silverbranch.core.api;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the rows of this page
 * @param page  zero-based page number
 * @param size  rows per page asked for
 * @param total rows in the whole list
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
