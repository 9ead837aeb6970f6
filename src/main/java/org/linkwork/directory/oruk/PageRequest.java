package org.linkwork.directory.oruk;

import org.linkwork.platform.InvalidInput;

/**
 * Which page of a list was asked for: {@code page} counts from 1; {@code per_page} is 50 unless
 * given and never more than {@value #MAX_PER_PAGE}, so one request cannot ask for the whole directory.
 */
record PageRequest(int page, int perPage) {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;

    static PageRequest of(String page, String perPage) {
        int p = page == null || page.isBlank() ? 1 : positive("page", page);
        int size = perPage == null || perPage.isBlank() ? DEFAULT_PER_PAGE : positive("per_page", perPage);
        return new PageRequest(p, Math.min(size, MAX_PER_PAGE));
    }

    long offset() {
        return (long) (page - 1) * perPage;
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInput(name, name + " must be a whole number of 1 or more");
    }
}
