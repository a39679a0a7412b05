package io.lyceum.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The plan's storage: files are refused once they would take more than it allows, also when racing. */
@LyceumIntegrationTest
class StorageLimitTest {

    private static final int KB = 1024;

    @Autowired
    FileStore files;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    StoredFileRepository stored;

    /** A plan of 1 MB of files: plans are data, so a test may have one of its own. */
    @BeforeAll
    static void tinyPlan(@Autowired JdbcTemplate jdbc) {
        jdbc.update("""
                insert into platform.plan (code, name, monthly_price_cents, storage_mb, sort_order)
                values ('ONEMEG', 'One MB', 0, 1, 99) on conflict (code) do nothing""");
    }

    /** A PNG's signature and then zeros: what the store checks of an image, at the size asked. */
    private static byte[] image(int bytes) {
        byte[] data = new byte[bytes];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, data, 0, signature.length);
        return data;
    }

    @Test
    void a_file_that_would_pass_the_plans_storage_is_refused_with_the_plans_reason() {
        Tenant org = organizations.create("storage", "ONEMEG");
        Tenant other = organizations.create("otherstorage", "ONEMEG");
        TenantContext.runAs(org, () -> {
            files.storeImage("one.png", image(400 * KB));
            files.storeImage("two.png", image(400 * KB));
            assertThatThrownBy(() -> files.storeImage("three.png", image(400 * KB)))
                    .isInstanceOf(PlanLimitException.class)
                    .hasMessage("Your One MB plan allows 1 MB of files. Upgrade your plan to store more.");
            // What is left still fits.
            files.storeImage("small.png", image(200 * KB));
            assertThat(stored.storedBytes()).isEqualTo(1000 * KB);
        });
        // Another organization's files take nothing of this one's storage.
        TenantContext.runAs(other, () -> files.storeImage("theirs.png", image(1000 * KB)));
    }

    @Test
    void ten_uploads_racing_for_one_megabyte_store_only_what_fits() throws Exception {
        Tenant org = organizations.create("storagerace", "ONEMEG");
        var start = new CountDownLatch(1);
        List<Future<?>> uploads = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                int index = i;
                uploads.add(pool.submit(() -> {
                    start.await();
                    return TenantContext.callAs(org, () -> files.storeImage("racer" + index + ".png", image(200 * KB)));
                }));
            }
            start.countDown();
            int kept = 0;
            int refused = 0;
            for (Future<?> upload : uploads) {
                try {
                    upload.get();
                    kept++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(PlanLimitException.class);
                    refused++;
                }
            }
            // 5 × 200 KB = 1000 KB fit in 1 MB (1024 KB); a sixth would not.
            assertThat(kept).isEqualTo(5);
            assertThat(refused).isEqualTo(5);
        }
        assertThat(TenantContext.callAs(org, () -> stored.storedBytes())).isEqualTo(1000 * KB);
    }
}
