package io.lyceum.files;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A file's bytes and what is known of it. Outside this module a file is known by its {@code publicId} only. */
@Entity
@Table(name = "stored_file")
class StoredFile extends AbstractEntity {

    @Column(name = "public_id", nullable = false, unique = true, updatable = false)
    private UUID publicId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size", nullable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    @Column(name = "uploaded_by")
    private @Nullable Long uploadedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredFile() {
        this.publicId = new UUID(0, 0);
        this.name = "";
        this.contentType = "";
        this.data = new byte[0];
        this.createdAt = Instant.EPOCH;
    }

    StoredFile(String name, String contentType, byte[] data, @Nullable Long uploadedBy, Instant createdAt) {
        // Random (version 4) UUIDs come from SecureRandom: file addresses cannot be guessed or counted.
        this.publicId = UUID.randomUUID();
        this.name = name;
        this.contentType = contentType;
        this.size = data.length;
        this.data = data;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
    }

    UUID publicId() {
        return publicId;
    }

    FileStore.Content content() {
        return new FileStore.Content(name, contentType, data);
    }
}
