package cn.jiuweihai.silver.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends several requests released together from one gate, each on its own connection, so the
 * service races itself the way double taps and flaky mobile networks make it.
 */
public final class AllAtOnce {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private AllAtOnce() {
    }

    /** A POST of {@code body} as JSON, carrying {@code token}. */
    public static HttpRequest post(URI uri, String token, Object body) {
        return withJson(uri, token, "POST", body);
    }

    /** A PUT of {@code body} as JSON, carrying {@code token}. */
    public static HttpRequest put(URI uri, String token, Object body) {
        return withJson(uri, token, "PUT", body);
    }

    private static HttpRequest withJson(URI uri, String token, String method, Object body) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json(body)))
                .build();
    }

    /** Sends every request at the same moment; the answers come back in the order of the requests. */
    public static List<HttpResponse<String>> send(List<HttpRequest> requests) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (HttpRequest request : requests) {
                pending.add(pool.submit(() -> {
                    gate.await();
                    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            gate.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pending) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether an answer is a problem with this status and code, a Chinese title included. */
    public static boolean isProblem(HttpResponse<String> answer, int status, String code) {
        return answer.statusCode() == status
                && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && answer.body().contains("\"code\":\"" + code + "\"")
                && answer.body().matches("(?s).*\"title\":\"[^\"]*\\p{IsHan}.*");
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
