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

    /** The page a client asked for; out of range is a 400 with code {@code api.error.paging}. */
    public static PageRequest request(int page, int size, Sort sort) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "api.error.paging", MAX_SIZE);
        }
        return PageRequest.of(page, size, sort);
    }
}
