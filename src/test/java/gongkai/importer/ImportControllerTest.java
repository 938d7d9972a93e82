package gongkai.importer;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.testsupport.Samples;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "gongkai.imports.http-enabled", value = "true")
class ImportControllerTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    DisclosureCatalog catalog;

    private static MultipartBody upload(String name, byte[] bytes) {
        return MultipartBody.builder().addPart("file", name, MediaType.TEXT_PLAIN_TYPE, bytes).build();
    }

    @Test
    void importsAnUploadedDocumentAndAnswersWithTheReport() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.POST("/api/imports",
                upload("004.txt", Samples.bytes(Samples.LILING_JUSTICE_BUREAU))).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), String.class);
        assertEquals(201, response.code());
        String json = response.body();
        assertTrue(json.contains("\"unitName\":\"醴陵市司法局\""), json);
        assertTrue(json.contains("\"status\":\"DRAFT\""), json);
        assertTrue(json.contains("\"counts\":{"), json);
    }

    @Test
    void answersABrokenUploadWith422AndStoresNothing() {
        long before = catalog.totalCount();
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/imports", upload("x.pdf", new byte[]{'%', 'P', 'D', 'F', 0, 1, 2, 3, 0, 0}))
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), String.class));
        assertEquals(422, e.getStatus().getCode());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("\"errors\":[{"));
        assertEquals(before, catalog.totalCount());
    }

    @Test
    void rejectsARequestWithoutAFile() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/imports", MultipartBody.builder().addPart("other", "x").build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), String.class));
        assertEquals(400, e.getStatus().getCode());
    }
}
