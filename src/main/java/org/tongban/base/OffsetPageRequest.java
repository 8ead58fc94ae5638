package org.tongban.base;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link Pageable} addressed by offset and limit, as lazy Vaadin grids and REST clients ask, rather than by page
 * number (an offset that is not a multiple of the limit would otherwise be rounded).
 */
public record OffsetPageRequest(long offset, int limit, Sort sort) implements Pageable {

    public static final int MAX_LIMIT = 500;

    public OffsetPageRequest {
        if (offset < 0) {
            throw BusinessException.invalid("error.paging", offset, limit);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw BusinessException.invalid("error.paging", offset, limit);
        }
    }

    public static OffsetPageRequest of(long offset, int limit) {
        return new OffsetPageRequest(offset, limit, Sort.unsorted());
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPageRequest(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return offset >= limit ? new OffsetPageRequest(offset - limit, limit, sort) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetPageRequest(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPageRequest((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset >= limit;
    }
}
