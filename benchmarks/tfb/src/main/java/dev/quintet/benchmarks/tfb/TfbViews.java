package dev.quintet.benchmarks.tfb;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.JsonResponse;
import dev.quintet.template.Engine;
import dev.quintet.template.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The views of the TechEmpower test types, written as function views over the ORM and the template
 * engine. The rules they follow (TFB's): {@code queries} is clamped to 1..500 and anything that is
 * not an integer counts as 1; every row is read with its own query; {@code /updates} reads distinct
 * rows, gives each a new random number and writes them back in one statement, ordered by id;
 * {@code /fortunes} adds a fortune at request time, sorts by message and renders escaped.
 */
public final class TfbViews {
    private static final String HELLO = "Hello, World!";
    private static final int ROWS = 10_000;

    private final Template fortunes;

    /** Views rendering with {@code engine}'s templates (looked up once, here). */
    public TfbViews(Engine engine) {
        this.fortunes = engine.getTemplate("fortunes.html");
    }

    /** {@code /plaintext}: a constant text. */
    public HttpResponse plaintext(HttpRequest request) {
        return new HttpResponse(HELLO, "text/plain", 200);
    }

    /** {@code /json}: a small object serialized per request. */
    public HttpResponse json(HttpRequest request) {
        return new JsonResponse(Map.of("message", HELLO));
    }

    /** {@code /db}: one random world row. */
    public HttpResponse db(HttpRequest request) {
        World world = World.objects.get("id", randomId());
        return new JsonResponse(WorldJson.of(world), false);
    }

    /** {@code /queries?queries=N}: N random world rows, one query each. */
    public HttpResponse queries(HttpRequest request) {
        int n = queriesParameter(request);
        List<WorldJson> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(WorldJson.of(World.objects.get("id", randomId())));
        }
        return new JsonResponse(out, false);
    }

    /** {@code /updates?queries=N}: N distinct rows read one by one, changed, written back in one batch. */
    public HttpResponse updates(HttpRequest request) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // distinct and sorted: one UPDATE per request, taking row locks in id order (no deadlocks)
        int[] ids = random.ints(1, ROWS + 1).distinct().limit(queriesParameter(request)).sorted().toArray();
        List<World> worlds = new ArrayList<>(ids.length);
        for (int id : ids) {
            World world = World.objects.get("id", id);
            int next;
            do {
                next = random.nextInt(1, ROWS + 1);
            } while (next == world.randomNumber);
            world.randomNumber = next;
            worlds.add(world);
        }
        World.objects.bulkUpdate(worlds, "randomNumber");
        return new JsonResponse(worlds.stream().map(WorldJson::of).toList(), false);
    }

    /** {@code /fortunes}: every fortune plus one added now, sorted by message, in an escaped HTML table. */
    public HttpResponse fortunes(HttpRequest request) {
        List<Fortune> all = new ArrayList<>(Fortune.objects.all().list());
        all.add(new Fortune(0, "Additional fortune added at request time."));
        all.sort(Comparator.comparing(f -> f.message));
        return new HttpResponse(fortunes.render(Map.of("fortunes", all)));
    }

    /** {@code /io?ms=50}: a blocking sleep (a virtual thread parks), then {@code ok}. */
    public HttpResponse io(HttpRequest request) throws InterruptedException {
        int ms;
        try {
            ms = Integer.parseInt(request.GET().get("ms", "50"));
        } catch (NumberFormatException e) {
            ms = 50;
        }
        Thread.sleep(Math.clamp(ms, 0, 10_000));
        return new HttpResponse("ok", "text/plain", 200);
    }

    /** TFB's {@code queries} rule: absent, empty or not an integer is 1; otherwise clamped to 1..500. */
    static int queriesParameter(HttpRequest request) {
        return queryCount(request.GET().get("queries"));
    }

    /** {@code raw} as a query count: {@code null}, empty or not an integer is 1; otherwise clamped to 1..500. */
    static int queryCount(String raw) {
        if (raw == null) {
            return 1;
        }
        try {
            return Math.clamp(Integer.parseInt(raw.strip()), 1, 500);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, ROWS + 1);
    }

    /** A world row as TFB's JSON writes it: {@code {"id": 42, "randomNumber": 1234}}. */
    record WorldJson(long id, int randomNumber) {
        static WorldJson of(World w) {
            return new WorldJson(w.id, w.randomNumber);
        }
    }
}
