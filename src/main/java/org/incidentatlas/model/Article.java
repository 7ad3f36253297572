package org.incidentatlas.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news report. Text fields are never null (empty when the header does not give them);
 * {@code published} is null when the file has no publication date.
 */
public record Article(String id, String title, String outlet, LocalDate published,
                      String dateline, String url, String body) implements Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, "");
        outlet = Objects.requireNonNullElse(outlet, "");
        dateline = Objects.requireNonNullElse(dateline, "");
        url = Objects.requireNonNullElse(url, "");
        body = Objects.requireNonNullElse(body, "");
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }
}
