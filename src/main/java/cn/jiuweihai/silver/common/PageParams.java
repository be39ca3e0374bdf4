package cn.jiuweihai.silver.common;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters shared by every list. The contract declares integers; they are
 * read as text so that {@code page=abc} gets a field-level 400 rather than JAX-RS's bare 404.
 */
public class PageParams {

    public static final int MAX_SIZE = 50;
    private static final int MAX_PAGE = 10_000;

    @QueryParam("page")
    @DefaultValue("1")
    @Parameter(description = "页码，从 1 开始", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "1"))
    @Pattern(regexp = "^(?:[1-9][0-9]{0,3}|10000)$", message = "页码应为 1 到 10000 之间的整数")
    public String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "每页条数，1 到 50，默认 20", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "20"))
    @Pattern(regexp = "^(?:[1-9]|[1-4][0-9]|50)$", message = "每页条数应为 1 到 50 之间的整数")
    public String size;

    public int page() {
        return Math.min(Integer.parseInt(page), MAX_PAGE);
    }

    public int size() {
        return Integer.parseInt(size);
    }

    public int offset() {
        return (page() - 1) * size();
    }
}
