package news.dateline.imports.internal.wordpress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Works out a WordPress site's time zone, which WXR does not state, from its items' {@code wp:post_date} (local) and
 * {@code wp:post_date_gmt} pairs. What it chooses:
 * <ul>
 *   <li>no pair: UTC; every pair with one offset: that fixed {@link ZoneOffset} (a site without summer time, or whose
 *   dates all fall in one season);</li>
 *   <li>several offsets (summer time): the region zone whose rules give the observed offset for at least 90% of the
 *   pairs (a few items written before the site's zone was set are tolerated). Zones with the same rules cannot be
 *   told apart by dates, so the first match in a short list of well-known zones wins (Europe/Zurich for central
 *   Europe, America/New_York for the US east coast...), else the first matching {@code Area/City} id
 *   alphabetically;</li>
 *   <li>no region zone fits: the most frequent offset, fixed.</li>
 * </ul>
 * At most {@value #SAMPLES} pairs are kept (a seeded reservoir sample), so a huge export costs no more memory.
 */
final class SiteZone {

    static final int SAMPLES = 1000;
    private static final List<String> WELL_KNOWN = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "America/Sao_Paulo", "America/Mexico_City",
            "Europe/London", "Europe/Zurich", "Europe/Berlin", "Europe/Paris", "Europe/Helsinki", "Europe/Athens",
            "Europe/Istanbul", "Europe/Moscow", "Asia/Jerusalem", "Asia/Tehran", "Australia/Sydney",
            "Australia/Adelaide", "Pacific/Auckland");

    private record Sample(Instant utc, int offsetSeconds) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(15);
    private long seen;

    /** Notes one item's date pair (either may be blank or {@code 0000-00-00 00:00:00}: then it says nothing). */
    void observe(String local, String gmt) {
        LocalDateTime there = WxrDates.local(local);
        LocalDateTime utc = WxrDates.local(gmt);
        if (there == null || utc == null) {
            return;
        }
        long offset = Duration.between(utc, there).getSeconds();
        if (Math.abs(offset) > 18 * 3600 || offset % 900 != 0) {
            return;
        }
        var sample = new Sample(utc.toInstant(ZoneOffset.UTC), (int) offset);
        seen++;
        if (samples.size() < SAMPLES) {
            samples.add(sample);
        } else {
            long slot = random.nextLong(seen);
            if (slot < SAMPLES) {
                samples.set((int) slot, sample);
            }
        }
    }

    ZoneId zone() {
        if (samples.isEmpty()) {
            return ZoneOffset.UTC;
        }
        Map<Integer, Integer> offsets = new HashMap<>();
        samples.forEach(s -> offsets.merge(s.offsetSeconds(), 1, Integer::sum));
        int common = offsets.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        if (offsets.size() == 1) {
            return ZoneOffset.ofTotalSeconds(common);
        }
        List<String> best = new ArrayList<>();
        long bestMatches = 0;
        for (String id : ZoneId.getAvailableZoneIds()) {
            var rules = ZoneId.of(id).getRules();
            long matches = samples.stream()
                    .filter(s -> rules.getOffset(s.utc()).getTotalSeconds() == s.offsetSeconds()).count();
            if (matches > bestMatches) {
                best.clear();
                bestMatches = matches;
            }
            if (matches == bestMatches) {
                best.add(id);
            }
        }
        if (bestMatches * 10 < samples.size() * 9L) {
            return ZoneOffset.ofTotalSeconds(common);
        }
        return WELL_KNOWN.stream().filter(best::contains).findFirst()
                .or(() -> best.stream().filter(id -> id.contains("/") && !id.startsWith("Etc/")
                        && !id.startsWith("SystemV/")).min(Comparator.naturalOrder()))
                .map(ZoneId::of)
                .orElse(ZoneOffset.ofTotalSeconds(common));
    }
}
