package ecopark.base.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The paging shape of every list of the JSON API: request with {@code page} (from 0) and {@code size}
 * (1–{@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}); the answer carries the items and where they are.
 */
@Schema(name = "Page", description = "One page of a list")
public record ApiPage<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "1") long totalItems, @Schema(example = "1") int totalPages) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static <E, T> ApiPage<T> of(Page<E> page, Function<E, T> mapper) {
        return new ApiPage<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    /**
     * The page a client asked for. Out of range is a 400 naming the parameter: code {@code api.error.paging} for a
     * negative page or a size outside 1–{@value #MAX_SIZE}, {@code apiguard.error.pageBeyond} for a page whose rows
     * lie past what a query can address (JPA takes the offset and the row after the page as an int).
     */
    public static PageRequest request(int page, int size, Sort sort) {
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badField("size", "api.error.paging", MAX_SIZE);
        }
        if (page < 0) {
            throw ApiException.badField("page", "api.error.paging", MAX_SIZE);
        }
        int lastPage = lastAddressablePage(size);
        if (page > lastPage) {
            throw ApiException.badField("page", "apiguard.error.pageBeyond", lastPage, size);
        }
        return PageRequest.of(page, size, sort);
    }

    /** The highest page whose last row is still within an int offset. */
    static int lastAddressablePage(int size) {
        return (Integer.MAX_VALUE - size) / size;
    }
}
