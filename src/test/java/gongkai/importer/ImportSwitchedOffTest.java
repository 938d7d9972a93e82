package gongkai.importer;

import io.micronaut.http.HttpRequest;
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

/** Without the configuration flag nobody can write through HTTP. */
@MicronautTest(transactional = false)
class ImportSwitchedOffTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void refusesUploadsUnlessEnabled() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/imports", MultipartBody.builder().addPart("file", "a.txt", MediaType.TEXT_PLAIN_TYPE, "x".getBytes()).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), String.class));
        assertEquals(403, e.getStatus().getCode());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("导入接口未开放"));
    }
}
