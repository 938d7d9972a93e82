package gongkai.web;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The answers every {@code /api} operation may give besides its own, documented once: the rate
 * limit (429 with {@code Retry-After}), an internal fault (500) and an unavailable database or
 * index (503), each as an {@link ApiError}. Put it on an API method; the OpenAPI spec lists the
 * three responses there as if written out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ApiResponse(
        responseCode = "429",
        description = "请求过于频繁（按客户端地址限速），请按 Retry-After 给出的秒数稍后再试",
        headers =
                @Header(
                        name = "Retry-After",
                        description = "建议等待的秒数",
                        schema = @Schema(type = "integer")),
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "500",
        description = "服务器内部错误（已记录，不含异常细节）",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "503",
        description = "服务暂时不可用（数据库或检索索引暂时无法访问），请稍后再试",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public @interface ApiFaults {}
