package dev.quintet.http.internal;

import java.util.List;

/** A parsed {@code Accept} header: Django's {@code accepted_types}, {@code accepts()} and {@code get_preferred_type()}. */
public final class AcceptHeader {
    private final List<MediaType> ranges;

    /** Parses {@code header}; {@code null} (no header) accepts everything. */
    public AcceptHeader(String header) {
        this.ranges = MediaType.parseAccept(header);
    }

    /** True when some range admits {@code mediaType}. */
    public boolean accepts(String mediaType) {
        return rankOf(mediaType) >= 0;
    }

    /** The candidate whose first matching range comes first; the earlier candidate on a tie. */
    public String preferred(List<String> candidates) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int rank = rankOf(candidate);
            if (rank >= 0 && rank < bestRank) {
                best = candidate;
                bestRank = rank;
            }
        }
        return best;
    }

    /** The ranges, most preferred first. */
    public List<String> types() {
        return ranges.stream().map(MediaType::toString).toList();
    }

    private int rankOf(String mediaType) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).match(mediaType)) {
                return i;
            }
        }
        return -1;
    }
}
