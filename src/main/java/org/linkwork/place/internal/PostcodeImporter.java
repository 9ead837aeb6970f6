package org.linkwork.place.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkwork.identity.AuditLog;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Place;
import org.linkwork.place.PostcodeDirectory;
import org.linkwork.place.PostcodeImportResult;
import org.linkwork.place.PostcodeImportResult.RowError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the postcodes of an ONSPD or NSPL file that fall in a postcode district reaching into a
 * place served, or in the local authority of one. The file is streamed and written in batches
 * inside one transaction: memory stays small for all of England, and a file that breaks off part
 * way leaves the table as it was.
 */
@Service
class PostcodeImporter implements PostcodeDirectory {

    static final int BATCH_SIZE = 1_000;

    private static final String UPSERT = """
            insert into postcode (postcode, latitude, longitude, lsoa_code, ward_code, terminated)
            values (?, ?, ?, ?, ?, ?)
            on conflict (postcode) do update
            set latitude = excluded.latitude, longitude = excluded.longitude, lsoa_code = excluded.lsoa_code,
                ward_code = excluded.ward_code, terminated = excluded.terminated
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final GeographyCache cache;

    private final AuditLog audit;

    PostcodeImporter(JdbcTemplate jdbc, TransactionTemplate transaction, GeographyCache cache, AuditLog audit) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.cache = cache;
        this.audit = audit;
    }

    @Override
    public PostcodeImportResult importCsv(InputStream csv, Progress progress) {
        GeographyCache.Snapshot geography = cache.snapshot();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16);
            OnspdCsv file = OnspdCsv.open(reader, coverage(geography));
            PostcodeImportResult result = transaction.execute(status -> store(file, geography, progress));
            audit.record("place.postcodes-imported", "postcode-table", null, result.imported() + " postcodes imported, "
                    + result.errorCount() + " rows refused");
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The postcode districts that reach into a place served, and the local authorities of those
     * places, so that a file cut for the place itself is taken whole.
     */
    private static OnspdCsv.Coverage coverage(GeographyCache.Snapshot geography) {
        Set<String> districts = Set.copyOf(geography.districtWards().keySet());
        Set<String> authorities = geography.places().stream().map(Place::localAuthorityCode).collect(Collectors.toSet());
        return (postcode, localAuthority) -> districts.contains(postcode.outward()) || authorities.contains(localAuthority);
    }

    private PostcodeImportResult store(OnspdCsv file, GeographyCache.Snapshot geography, Progress progress) {
        Areas areas = new Areas(geography);
        List<Object[]> batch = new ArrayList<>(BATCH_SIZE);
        List<RowError> errors = new ArrayList<>();
        long rows = 0, imported = 0, terminated = 0, skipped = 0, outside = 0, errorCount = 0;
        try {
            for (Optional<OnspdCsv.Row> next = file.next(); next.isPresent(); next = file.next()) {
                rows++;
                switch (next.get()) {
                    case OnspdCsv.Entry entry -> {
                        batch.add(areas.row(entry));
                        imported++;
                        terminated += entry.terminated() ? 1 : 0;
                    }
                    case OnspdCsv.NoGridReference ignored -> skipped++;
                    case OnspdCsv.Outside ignored -> outside++;
                    case OnspdCsv.Unreadable bad -> {
                        errorCount++;
                        if (errors.size() < PostcodeImportResult.ERRORS_KEPT) {
                            errors.add(new RowError(bad.line(), bad.reason()));
                        }
                    }
                }
                if (batch.size() == BATCH_SIZE) {
                    write(batch);
                }
                if (rows % Progress.INTERVAL == 0) {
                    progress.rowsRead(rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(batch);
        if (rows % Progress.INTERVAL != 0 || rows == 0) {
            progress.rowsRead(rows);
        }
        return new PostcodeImportResult(rows, imported, terminated, skipped, outside, errorCount, errors);
    }

    private void write(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(UPSERT, batch);
            batch.clear();
        }
    }

    /**
     * Chooses the ward and LSOA stored with a postcode: those the file gives when they are areas of a
     * place served; otherwise the areas of a place served whose boundary holds the postcode (the file
     * may give none, or codes of another vintage); otherwise what the file gives.
     */
    private static final class Areas {

        private final GeographyCache.Snapshot geography;
        private final Set<String> wards;
        private final Set<String> lsoas;

        Areas(GeographyCache.Snapshot geography) {
            this.geography = geography;
            this.wards = geography.wardsByCode().keySet();
            this.lsoas = geography.lsoas().stream().map(a -> a.area().code()).collect(Collectors.toSet());
        }

        Object[] row(OnspdCsv.Entry entry) {
            GeoPoint point = entry.point();
            String ward = entry.ward().filter(wards::contains)
                    .or(() -> geography.wards().stream().filter(a -> a.boundary().contains(point))
                            .map(a -> a.area().code()).findFirst())
                    .or(entry::ward)
                    .orElse(null);
            String lsoa = entry.lsoas().stream().filter(lsoas::contains).findFirst()
                    .or(() -> geography.lsoas().stream().filter(a -> a.boundary().contains(point))
                            .map(a -> a.area().code()).findFirst())
                    .or(() -> entry.lsoas().stream().findFirst())
                    .orElse(null);
            return new Object[] {entry.postcode().toString(), point.latitude(), point.longitude(), lsoa, ward,
                    entry.terminated()};
        }
    }
}
