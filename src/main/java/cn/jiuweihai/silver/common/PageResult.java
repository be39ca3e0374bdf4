package cn.jiuweihai.silver.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list answer: the items, where the page is, and how many there are in all. */
public record PageResult<T>(
        List<T> items,
        @Schema(description = "页码，从 1 开始", examples = "1") int page,
        @Schema(description = "每页条数", examples = "20") int size,
        @Schema(description = "符合条件的总条数", examples = "42") long total) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
