package io.lyceum.files;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import io.lyceum.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "stored_file")
class StoredFile extends AbstractEntity {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size", nullable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredFile() {
        this.name = "";
        this.contentType = "";
        this.data = new byte[0];
        this.createdAt = Instant.EPOCH;
    }

    StoredFile(String name, String contentType, byte[] data, Instant createdAt) {
        this.name = name;
        this.contentType = contentType;
        this.size = data.length;
        this.data = data;
        this.createdAt = createdAt;
    }

    String name() {
        return name;
    }

    String contentType() {
        return contentType;
    }

    byte[] data() {
        return data;
    }
}
