package gongkai.importer;

import gongkai.web.ApiError;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;

/**
 * {@code POST /api/imports}: upload a document, get the import report as JSON. Until staff accounts
 * exist it is switched off unless {@code gongkai.imports.http-enabled} is true, because anyone could
 * otherwise write to the database.
 */
@Controller("/api/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportController {

    private final ImportService imports;
    private final boolean enabled;

    ImportController(ImportService imports, @Value("${gongkai.imports.http-enabled:false}") boolean enabled) {
        this.imports = imports;
        this.enabled = enabled;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> upload(@Part("file") CompletedFileUpload file, @QueryValue(defaultValue = "false") boolean publish)
            throws IOException {
        if (!enabled) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(new ApiError(403, "导入接口未开放：请由管理员在配置中启用 gongkai.imports.http-enabled。"));
        }
        ImportReport report = imports.importDocument(file.getFilename(), file.getBytes(), publish);
        return HttpResponse.status(report.failed() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.CREATED).body(report);
    }
}
