package io.lyceum.course;

/** Input refused; {@code field} names the form field at fault (or is empty). */
public class InvalidCourseException extends RuntimeException {

    private final String field;

    InvalidCourseException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
