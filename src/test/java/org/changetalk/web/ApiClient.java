package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser stand-in: keeps the session cookie and sends the CSRF token it was given, like the front end. */
final class ApiClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String base;
    String cookie;
    String csrf;

    ApiClient(String base) {
        this.base = base;
    }

    record Response(int status, String body, Map<String, java.util.List<String>> headers) {
        JsonNode json() {
            try {
                return body.isEmpty() ? MissingNode.getInstance() : MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        Response expect(int expected) {
            assertThat(status).as("status; body: %s", body).isEqualTo(expected);
            return this;
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }

        String id() {
            return json().path("id").asText();
        }
    }

    Response login(String username, String password) {
        return post("/api/auth/login", Map.of("username", username, "password", password));
    }

    /** Signs in a new user made by this (instructor or admin) client; returns their client. */
    ApiClient create(String username, String role) {
        post("/api/users", Map.of("username", username, "password", "password-" + username, "role", role)).expect(201);
        ApiClient c = new ApiClient(base);
        c.login(username, "password-" + username).expect(200);
        return c;
    }

    Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    Response post(String path, Object body) {
        try {
            return send("POST", path, body == null ? null : body instanceof String s ? s : MAPPER.writeValueAsString(body), Map.of());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Response put(String path, Object body) {
        return withBody("PUT", path, body);
    }

    Response delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** Any method, with a JSON body (or none). */
    Response withBody(String method, String path, Object body) {
        try {
            return send(method, path, body == null ? null : body instanceof String s ? s : MAPPER.writeValueAsString(body), Map.of());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Response send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (csrf != null && !method.equals("GET") && !headers.containsKey("X-CSRF-Token")) {
            b.header("X-CSRF-Token", csrf);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Response response = new Response(r.statusCode(), r.body(), r.headers().map());
            r.headers().firstValue("Set-Cookie").ifPresent(c -> {
                String pair = c.split(";", 2)[0];
                cookie = pair.endsWith("=") ? null : pair;
            });
            if (response.body().startsWith("{") && response.json().has("csrfToken")) {
                csrf = response.json().get("csrfToken").asText();
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
