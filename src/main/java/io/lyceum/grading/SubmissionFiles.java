package io.lyceum.grading;

import io.lyceum.files.FileAccessRule;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read the files of assignments: a handed-in file its learner (a group's mates have the same
 * file in versions of their own), the course's instructors and the admins; a feedback file the
 * learner once the grade is released, the course's instructors and the admins. One query each.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SubmissionFiles implements FileAccessRule {

    // The course's teachers: its owner and its assigned instructors, as for the course's own files.
    private static final String TEACHES = """
            (:admin or exists (select 1 from course c where c.id = a.course_id and c.owner_id = :userId)
                    or exists (select 1 from course_instructor ci where ci.course_id = a.course_id and ci.user_id = :userId))""";

    private final EntityManager entityManager;

    SubmissionFiles(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean allows(UUID file, LyceumUser reader) {
        Object allowed = entityManager
                .createNativeQuery("""
                        select exists (select 1 from submission_version v
                                join submission s on s.id = v.submission_id
                                join assignment a on a.id = s.assignment_id
                                where v.file_id = :file and (s.user_id = :userId or %1$s))
                            or exists (select 1 from grade g
                                join submission s on s.id = g.submission_id
                                join assignment a on a.id = s.assignment_id
                                where g.feedback_file = :file
                                  and ((s.user_id = :userId and g.released_at is not null) or %1$s))
                        """.formatted(TEACHES))
                .setParameter("file", file)
                .setParameter("userId", reader.id())
                .setParameter("admin", reader.has(Role.ADMIN))
                .getSingleResult();
        return Boolean.TRUE.equals(allowed);
    }
}
