package io.newsflow.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Polite HTTP GETs for feeds and pages: a connect timeout and one deadline for the whole response
 * (headers and body), at most {@code maxRedirects} redirects, retries with exponential backoff on
 * network errors, 429 and 5xx, a minimum interval between requests to one host, a cap on body size,
 * and conditional GET (ETag / Last-Modified) when the caller passes the validators it kept.
 */
public final class HttpFetcher {
  /** What a GET returned. {@code status} 304 means "not modified" (empty body). */
  public record Response(
      int status,
      String url,
      byte[] body,
      String contentType,
      String charset,
      String etag,
      String lastModified) {}

  /** A GET that failed for good, with a reason code for the dead letter. */
  public static final class FetchException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    public FetchException(String reason, String message) {
      super(message);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  /** Waits; a port so tests need not wait for real. */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  public record Settings(
      Duration connectTimeout,
      Duration readTimeout,
      int maxRedirects,
      int retries,
      Duration backoff,
      Duration perHostInterval,
      long maxBytes,
      String userAgent) {}

  private final Settings settings;
  private final HttpClient client;
  private final Sleeper sleeper;
  private final Map<String, Long> nextAllowed = new HashMap<>();

  public HttpFetcher(Settings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public static HttpFetcher withRealTime(Settings settings) {
    return new HttpFetcher(settings, d -> Thread.sleep(d.toMillis()));
  }

  public Response get(String url, String etag, String lastModified)
      throws FetchException, InterruptedException {
    String current = url;
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      Response r = getWithRetries(current, etag, lastModified);
      if (r.status() / 100 == 3 && r.status() != 304) {
        if (r.url() == null) {
          throw new FetchException(
              Rejection.FETCH_FAILED, current + " redirected without a Location");
        }
        current = r.url();
        continue;
      }
      if (r.status() != 200 && r.status() != 304) {
        throw new FetchException(Rejection.FETCH_FAILED, current + " answered HTTP " + r.status());
      }
      return new Response(
          r.status(), current, r.body(), r.contentType(), r.charset(), r.etag(), r.lastModified());
    }
    throw new FetchException(
        Rejection.FETCH_FAILED, url + ": more than " + settings.maxRedirects() + " redirects");
  }

  private Response getWithRetries(String url, String etag, String lastModified)
      throws FetchException, InterruptedException {
    IOException last = null;
    for (int attempt = 0; attempt <= settings.retries(); attempt++) {
      if (attempt > 0) {
        sleeper.sleep(settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 10)));
      }
      try {
        Response r = once(url, etag, lastModified);
        if (r.status() == 429 || r.status() / 100 == 5) {
          last = new IOException("HTTP " + r.status());
          continue;
        }
        return r;
      } catch (FetchException e) {
        throw e;
      } catch (IOException e) {
        last = e;
      }
    }
    throw new FetchException(
        Rejection.FETCH_FAILED,
        url
            + " failed after "
            + (settings.retries() + 1)
            + " attempts: "
            + (last == null ? "unknown error" : last.getMessage()));
  }

  private Response once(String url, String etag, String lastModified)
      throws IOException, InterruptedException {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new FetchException(Rejection.FETCH_FAILED, "Not a URL: " + url);
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
      throw new FetchException(
          Rejection.FETCH_FAILED, "Only http and https URLs are fetched: " + url);
    }
    waitForHost(uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(settings.readTimeout())
            .GET()
            .header("User-Agent", settings.userAgent())
            .header(
                "Accept",
                "application/rss+xml, application/atom+xml, application/xml, text/html, */*;q=0.5");
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      b.header("If-Modified-Since", lastModified);
    }
    // one deadline for the whole exchange, headers and body: a server that sends its headers and
    // then stalls
    // its body must not hold ingest (the request timeout alone covers only the wait for the
    // headers)
    CompletableFuture<HttpResponse<byte[]>> pending =
        client.sendAsync(b.build(), info -> new CappedBody(settings.maxBytes() + 1));
    HttpResponse<byte[]> resp;
    try {
      resp = pending.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new IOException(
          "no complete response within "
              + settings.readTimeout().toMillis()
              + " ms (ingest.http.read.timeout.ms covers headers and body)");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      throw c instanceof IOException io ? io : new IOException(String.valueOf(c), c);
    } catch (InterruptedException e) {
      pending.cancel(true);
      throw e;
    }
    byte[] body = resp.body();
    if (body.length > settings.maxBytes()) {
      throw new FetchException(
          Rejection.TOO_LARGE, url + " is over the ingest.max.bytes cap of " + settings.maxBytes());
    }
    String location =
        resp.headers().firstValue("Location").map(l -> uri.resolve(l).toString()).orElse(null);
    String type = resp.headers().firstValue("Content-Type").orElse(null);
    String charset = null;
    if (type != null) {
      for (String part : type.split(";")) {
        String p = part.trim();
        if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
          charset = p.substring(8).replace("\"", "").trim();
        }
      }
    }
    return new Response(
        resp.statusCode(),
        resp.statusCode() / 100 == 3 ? location : url,
        body,
        type,
        charset,
        resp.headers().firstValue("ETag").orElse(null),
        resp.headers().firstValue("Last-Modified").orElse(null));
  }

  /**
   * Collects a body up to {@code cap} bytes, then stops reading (the caller rejects a body that
   * reached the cap).
   */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long cap) {
      this.cap = cap;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer b : items) {
        int n = (int) Math.min(b.remaining(), cap - out.size());
        byte[] chunk = new byte[n];
        b.get(chunk);
        out.write(chunk, 0, n);
      }
      if (out.size() >= cap && !result.isDone()) {
        subscription.cancel();
        result.complete(out.toByteArray());
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }

  private void waitForHost(String host) throws InterruptedException {
    long wait;
    synchronized (nextAllowed) {
      long now = System.nanoTime();
      long allowed = nextAllowed.getOrDefault(host, now);
      wait = Math.max(0, allowed - now);
      nextAllowed.put(host, Math.max(now, allowed) + settings.perHostInterval().toNanos());
    }
    if (wait > 0) {
      sleeper.sleep(Duration.ofNanos(wait));
    }
  }
}
