package io.lyceum.files;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

    Optional<StoredFile> findByPublicId(UUID publicId);

    /** Who uploaded a file, without loading its bytes: enough to decide who may read it. */
    @Query("select new io.lyceum.files.StoredFileRepository$Upload(f.uploadedBy) from StoredFile f"
            + " where f.publicId = :publicId")
    Optional<Upload> findUpload(UUID publicId);

    @Query("select new io.lyceum.files.FileStore$Info(f.publicId, f.name, f.contentType, f.size, f.uploadedBy)"
            + " from StoredFile f where f.publicId = :publicId")
    Optional<FileStore.Info> findInfo(UUID publicId);

    @Query("select f.publicId from StoredFile f where f.publicId in :ids")
    List<UUID> findExistingPublicIds(Collection<UUID> ids);

    /** What the organization's files take, in bytes: what its plan's storage limit counts. */
    @Query("select coalesce(sum(f.size), 0) from StoredFile f")
    long storedBytes();

    record Upload(@Nullable Long uploadedBy) {}
}
