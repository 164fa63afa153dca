package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerOptions;

/**
 * marsad bench serve: the server of `marsad serve`, in this JVM with this JVM's heap, on a store as it is,
 * driven by concurrent clients over HTTP. Each endpoint gets its own timed phase with every client on it, after
 * an untimed warm-up: the story list (random pages), one story (random ids), search (common Arabic words), and
 * as the floor, /api/health, which does next to nothing. Search runs twice: as served (recent answers are
 * cached) and computed afresh for every request. Latency is the client's: request sent to body read.
 */
public final class ServeBenchmark {

  /** Common words of Arabic news, one or two per query, as people type them. */
  static final List<String> QUERIES = List.of("حلب", "سوريا", "السعودية", "الرياض", "وزير الخارجية", "الحكومة",
      "مجلس الأمن", "الرئيس", "مصر", "النفط", "الاقتصاد", "كرة القدم", "الانتخابات", "اللاجئين", "الإرهاب",
      "التعليم", "الصحة", "الولايات المتحدة", "إيران", "الأمم المتحدة", "دي ميستورا", "الأمير", "جدة", "العراق",
      "اليمن", "الشرطة", "المنتخب", "الأسعار", "الطلاب", "مكة المكرمة");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServeBenchmark() {}

  /** One timed phase: its requests' latencies, errors and wall time. */
  private record Phase(String name, String example, long[] nanos, long errors, double seconds) {}

  /**
   * @param gzip whether the clients accept gzip, as browsers do (the bodies are then timed as they come,
   *     compressed)
   */
  public static Map<String, Object> run(Path dataDir, int clients, double seconds, boolean gzip) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    HeapPeak.reset();
    long t0 = System.nanoTime();
    try (MarsadServer server = MarsadServer.start(
        new ServerOptions(dataDir, "127.0.0.1", 0, null, ServerOptions.DEFAULT_POLL_MILLIS))) {
      double startup = (System.nanoTime() - t0) / 1e9;
      String base = "http://127.0.0.1:" + server.port();
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      JsonNode health = get(client, base + "/api/health");
      System.gc();
      long afterLoad = usedHeap();
      int stories = health.get("stories").asInt();
      if (stories == 0) throw new IllegalStateException("no stories in " + dataDir + ": run `marsad analyze` first");
      List<String> ids = storyIds(client, base, stories);
      int pages = Math.max(1, Math.min(50, stories / 20));

      Map<String, Function<SplittableRandom, String>> endpoints = new LinkedHashMap<>();
      endpoints.put("health", r -> "/api/health");
      endpoints.put("story_list", r -> "/api/stories?page=" + (1 + r.nextInt(pages)) + "&limit=20");
      endpoints.put("story", r -> "/api/stories/" + ids.get(r.nextInt(ids.size())));
      Function<SplittableRandom, String> search = r -> "/api/search?q="
          + URLEncoder.encode(QUERIES.get(r.nextInt(QUERIES.size())), StandardCharsets.UTF_8) + "&limit=20";
      endpoints.put("search", search);
      // The same searches computed afresh: "Cache-Control: no-cache" bypasses the server's answer cache.
      endpoints.put("search_uncached", search);

      double warmUp = Math.max(1, seconds / 3);
      for (var e : endpoints.entrySet()) phase(client, base, e.getKey(), e.getValue(), clients, warmUp, gzip);
      long gcBefore = gcMillis();
      List<Phase> phases = new ArrayList<>();
      for (var e : endpoints.entrySet()) phases.add(phase(client, base, e.getKey(), e.getValue(), clients, seconds, gzip));
      // A search's own cost, with nothing queued before it: one client, every answer computed afresh.
      phases.add(phase(client, base, "search_uncached_1_client", search, 1, seconds, gzip));
      long gcDuring = gcMillis() - gcBefore;

      m.put("data", dataDir.toString());
      m.put("articles", health.get("articles").asLong());
      m.put("stories", stories);
      m.put("clients", clients);
      m.put("gzip", gzip);
      m.put("seconds_per_endpoint", seconds);
      m.put("threads", Runtime.getRuntime().availableProcessors());
      m.put("startup_s", round(startup));
      Phase floor = phases.get(0);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Phase p : phases) rows.add(row(p, floor));
      m.put("endpoints", rows);
      m.put("heap_max_mb", Runtime.getRuntime().maxMemory() >> 20);
      m.put("heap_after_load_mb", afterLoad >> 20);
      m.put("heap_peak_mb", HeapPeak.bytes() >> 20);
      System.gc();
      long afterRun = usedHeap();
      m.put("heap_after_run_mb", afterRun >> 20);
      m.put("gc_s_during_phases", round(gcDuring / 1000.0));
      Map<String, Object> goals = new LinkedHashMap<>();
      goals.put("story_pages_p99_under_50_ms", p99(phases.get(1)) < 50 && p99(phases.get(2)) < 50);
      goals.put("search_p99_under_150_ms", p99(phases.get(3)) < 150);
      goals.put("search_uncached_p99_under_150_ms", p99(phases.get(4)) < 150);
      // The collector lets garbage fill the heap up to its limit, so the pools' peaks say little; what the
      // server holds is what survives a full collection, after loading and after serving.
      goals.put("heap_live_under_2_gb", Math.max(afterLoad, afterRun) < (2L << 30));
      m.put("goals_met", goals);
    }
    return m;
  }

  /** Every client sends requests back to back for {@code seconds}; latencies are kept per client, then merged. */
  private static Phase phase(HttpClient client, String base, String name, Function<SplittableRandom, String> path,
      int clients, double seconds, boolean gzip) throws InterruptedException {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<long[]> perClient = new ArrayList<>();
    long[] counts = new long[clients];
    AtomicLong errors = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      long[][] mine = {new long[1024]};
      int index = c;
      perClient.add(null);
      Thread t = new Thread(() -> {
        SplittableRandom random = new SplittableRandom(31L * index + name.hashCode());
        int n = 0;
        try {
          while (System.nanoTime() < end) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path.apply(random)))
                .timeout(Duration.ofSeconds(60)).GET();
            if (name.contains("_uncached")) b.header("Cache-Control", "no-cache");
            if (gzip) b.header("Accept-Encoding", "gzip");
            HttpRequest request = b.build();
            long s = System.nanoTime();
            try {
              HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
              if (r.statusCode() != 200) errors.incrementAndGet();
            } catch (Exception e) {
              errors.incrementAndGet();
            }
            if (n == mine[0].length) mine[0] = Arrays.copyOf(mine[0], n * 2);
            mine[0][n++] = System.nanoTime() - s;
          }
        } finally {
          counts[index] = n;
          synchronized (perClient) {
            perClient.set(index, mine[0]);
          }
          done.countDown();
        }
      }, "bench-client-" + c);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    double wall = (System.nanoTime() - start) / 1e9;
    long total = 0;
    for (long n : counts) total += n;
    long[] all = new long[(int) total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(perClient.get(c), 0, all, at, (int) counts[c]);
      at += (int) counts[c];
    }
    Arrays.sort(all);
    return new Phase(name, path.apply(new SplittableRandom(1)), all, errors.get(), wall);
  }

  private static Map<String, Object> row(Phase p, Phase floor) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("endpoint", p.name());
    m.put("example", p.example());
    m.put("requests", p.nanos().length);
    m.put("errors", p.errors());
    m.put("requests_per_s", round(p.nanos().length / p.seconds()));
    m.put("p50_ms", round(percentile(p, 0.50)));
    m.put("p99_ms", round(p99(p)));
    m.put("max_ms", round(p.nanos().length == 0 ? 0 : p.nanos()[p.nanos().length - 1] / 1e6));
    m.put("p50_to_floor", round(percentile(p, 0.50) / percentile(floor, 0.50)));
    m.put("p99_to_floor", round(p99(p) / p99(floor)));
    m.put("throughput_to_floor", round((p.nanos().length / p.seconds()) / (floor.nanos().length / floor.seconds())));
    return m;
  }

  private static double p99(Phase p) {
    return percentile(p, 0.99);
  }

  /** Nearest-rank percentile, in milliseconds. */
  private static double percentile(Phase p, double q) {
    long[] sorted = p.nanos();
    if (sorted.length == 0) return Double.NaN;
    int rank = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
  }

  /** Story ids to ask for: pages of the list at random offsets, so old and new stories both come up. */
  private static List<String> storyIds(HttpClient client, String base, int stories) throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int offset = stories <= 200 ? 0 : random.nextInt(stories - 200);
      for (JsonNode s : get(client, base + "/api/stories?limit=200&offset=" + offset).get("stories")) {
        ids.add(s.get("id").asText());
      }
      if (stories <= 200) break;
    }
    return ids;
  }

  private static JsonNode get(HttpClient client, String url) throws Exception {
    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode());
    return JSON.readTree(r.body());
  }

  /** Time the collectors report spent collecting (stop-the-world and concurrent), in ms. */
  private static long gcMillis() {
    long total = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
