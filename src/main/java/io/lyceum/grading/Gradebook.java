package io.lyceum.grading;

import io.lyceum.base.csv.CsvExport;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleKind;
import io.lyceum.identity.CurrentUser;
import io.lyceum.identity.Members;
import io.lyceum.identity.MembersOnly;
import io.lyceum.identity.TeachersOnly;
import io.lyceum.learning.QuizScores;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course's gradebook (Moodle's grader report): learners × gradable items, categories with
 * weights and drop-lowest, a letter scale, overrides typed into cells with the history of every
 * change, CSV export; and each learner's own grades page.
 *
 * <p>Items are the course's published assignment and quiz modules in outline order. A cell is the
 * gradebook override if there is one, else the item's own score: an assignment's grade points ÷ its
 * points × 100 (instructors also see grades not released yet, marked so; learners never), a quiz's
 * best attempt since the learner last restarted the course (marked when answers still wait to be
 * marked). Totals follow {@link GradeTotals}: within a category the mean of the graded items after
 * dropping the N lowest; total = Σ(category mean × weight) / Σ(weights of the categories that have
 * a grade); the uncategorised items weigh what the categories leave of 100 %, so they are the whole
 * total when there are no categories and do not count once categories weigh 100 %.
 *
 * <p>The gradebook is for the course's instructors and admins; any other course, item, learner or
 * category (another course's, another organization's, a made-up id) is {@link
 * GradebookNotFoundException} or the course's own not-found, like an id that does not exist. A page
 * costs a few queries whatever the size of the class: learners are paged in SQL, their grades read
 * for the page's learners only.
 */
@Service
public class Gradebook {

    /** Learners read per query while writing the CSV: the class is never held at once. */
    private static final int EXPORT_CHUNK = 500;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final CourseService courses;
    private final QuizScores quizScores;
    private final GradeCategoryRepository categories;
    private final GradeHistory history;
    private final Members members;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    Gradebook(
            CourseService courses,
            QuizScores quizScores,
            GradeCategoryRepository categories,
            GradeHistory history,
            Members members,
            CurrentUser currentUser,
            EntityManager entityManager) {
        this.courses = courses;
        this.quizScores = quizScores;
        this.categories = categories;
        this.history = history;
        this.members = members;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
    }

    /** The learner of a page: name, email and cohort. */
    private record Learner(
            long id, String name, String email, @Nullable String cohort) {}

    /** Labels of the CSV's fixed columns, in the reader's language. */
    public record CsvLabels(String learner, String email, String cohort, String total, String letter) {}

    // ---- the instructors' gradebook

    /** The course's columns and rules. */
    @TeachersOnly
    @Transactional(readOnly = true)
    public GradebookSetup setup(long courseId) {
        String title = courses.details(courseId).title();
        List<GradeLetter> own = ownLetters(courseId);
        return new GradebookSetup(
                courseId,
                title,
                items(courseId),
                categorySummaries(courseId),
                own.isEmpty() ? GradeLetter.DEFAULT_SCALE : own,
                own.isEmpty());
    }

    /** How many learners the filter lets through. */
    @TeachersOnly
    @Transactional(readOnly = true)
    public int count(long courseId, GradebookFilter filter) {
        courses.details(courseId);
        var parameters = new ArrayList<Object>();
        String where = learnerConditions(courseId, filter, parameters);
        var query = entityManager.createNativeQuery(
                "select count(*) from enrollment e join app_user u on u.id = e.user_id where " + where);
        bind(query, parameters);
        return ((Number) query.getSingleResult()).intValue();
    }

    /** A page of learners by name with their cells, category means, total and letter. */
    @TeachersOnly
    @Transactional(readOnly = true)
    public List<GradebookRow> page(long courseId, GradebookFilter filter, int offset, int limit) {
        courses.details(courseId);
        return rows(courseId, filter, offset, limit, items(courseId), categorySummaries(courseId), letters(courseId));
    }

    /** One learner's cell in one item as it is now (after a refused save, to show the other's change). */
    @TeachersOnly
    @Transactional(readOnly = true)
    public GradebookCell cell(long courseId, long moduleId, long userId) {
        courses.details(courseId);
        List<GradebookItem> items = items(courseId).stream()
                .filter(item -> item.moduleId() == moduleId)
                .toList();
        if (items.isEmpty() || !enrolled(courseId, userId)) {
            throw new GradebookNotFoundException("cell " + moduleId + "/" + userId);
        }
        return cells(courseId, items, List.of(userId), false)
                .getOrDefault(userId, Map.of())
                .getOrDefault(moduleId, GradebookCell.NONE);
    }

    /**
     * Types a grade over a cell, or lifts the override ({@code percent} null) so that the item's own
     * score counts again. The reason is required; {@code expectedVersion} is the cell's version as
     * read: a cell changed meanwhile is refused and nothing is saved. Recorded in the cell's history
     * and the audit log (old and new value as the gradebook showed them).
     */
    @TeachersOnly
    @Transactional
    public GradebookCell override(
            long courseId,
            long moduleId,
            long userId,
            long expectedVersion,
            @Nullable BigDecimal percent,
            String reason) {
        courses.details(courseId);
        List<GradebookItem> items = items(courseId).stream()
                .filter(item -> item.moduleId() == moduleId)
                .toList();
        if (items.isEmpty() || !enrolled(courseId, userId)) {
            throw new GradebookNotFoundException("cell " + moduleId + "/" + userId);
        }
        if (reason.isBlank()) {
            throw GradebookRefusedException.invalid(ConstraintMessages.get("gradebook.reason.required"));
        }
        if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
            throw GradebookRefusedException.invalid(ConstraintMessages.get("gradebook.percent.range"));
        }
        BigDecimal value = percent == null ? null : percent.setScale(2, RoundingMode.HALF_UP);
        GradebookCell before = cells(courseId, items, List.of(userId), false)
                .getOrDefault(userId, Map.of())
                .getOrDefault(moduleId, GradebookCell.NONE);
        String percentSql = value == null ? "null" : "?3";
        int changed;
        if (expectedVersion == 0) {
            var insert = entityManager
                    .createNativeQuery("insert into gradebook_override (module_id, user_id, percent, version)"
                            + " values (?1, ?2, " + percentSql + ", 1) on conflict do nothing")
                    .setParameter(1, moduleId)
                    .setParameter(2, userId);
            changed = (value == null ? insert : insert.setParameter(3, value)).executeUpdate();
        } else {
            // Ordinal parameters may have no gap: the version is ?3 when the percent is the literal null.
            int versionIndex = value == null ? 3 : 4;
            var update = entityManager
                    .createNativeQuery("update gradebook_override set percent = " + percentSql
                            + ", version = version + 1 where module_id = ?1 and user_id = ?2 and version = ?"
                            + versionIndex)
                    .setParameter(1, moduleId)
                    .setParameter(2, userId)
                    .setParameter(versionIndex, expectedVersion);
            changed = (value == null ? update : update.setParameter(3, value)).executeUpdate();
        }
        if (changed == 0) {
            throw GradebookRefusedException.conflict(ConstraintMessages.get("gradebook.conflict"));
        }
        GradebookCell after = cells(courseId, items, List.of(userId), false)
                .getOrDefault(userId, Map.of())
                .getOrDefault(moduleId, GradebookCell.NONE);
        history.record(
                courseId, moduleId, userId, before.percent(), after.percent(), reason, GradeChange.Source.GRADEBOOK);
        return after;
    }

    /** A cell's changes, newest first, with the changer's name. */
    @TeachersOnly
    @Transactional(readOnly = true)
    public List<CellChange> history(long moduleId, long userId) {
        List<?> course = entityManager
                .createNativeQuery("select course_id from course_module where id = ?1")
                .setParameter(1, moduleId)
                .getResultList();
        if (course.isEmpty()) {
            throw new GradebookNotFoundException("module " + moduleId);
        }
        courses.details(((Number) course.getFirst()).longValue());
        var entries = history.of(moduleId, userId);
        var names = members.displayNames(entries.stream()
                .map(GradeHistory.Entry::changedBy)
                .filter(Objects::nonNull)
                .collect(HashSet::new, Set::add, Set::addAll));
        return entries.stream()
                .map(entry -> new CellChange(
                        entry.oldValue(),
                        entry.newValue(),
                        entry.reason(),
                        entry.source().name().toLowerCase(Locale.ROOT),
                        entry.changedBy() == null ? null : names.get(entry.changedBy()),
                        entry.changedAt()))
                .toList();
    }

    /**
     * The learners the filter lets through as CSV (learner, email, cohort, each item in percent,
     * total, letter), formula-safe; written in chunks, never holding the class.
     */
    @TeachersOnly
    @Transactional(readOnly = true)
    public void exportCsv(long courseId, GradebookFilter filter, CsvLabels labels, OutputStream out) {
        courses.details(courseId);
        List<GradebookItem> items = items(courseId);
        List<GradebookCategory> categoryList = categorySummaries(courseId);
        List<GradeLetter> scale = letters(courseId);
        try (var csv = CsvExport.open(out)) {
            var header = new ArrayList<>(List.of(labels.learner(), labels.email(), labels.cohort()));
            items.forEach(item -> header.add(item.title()));
            header.add(labels.total());
            header.add(labels.letter());
            csv.row(header);
            for (int offset = 0; ; offset += EXPORT_CHUNK) {
                List<GradebookRow> rows = rows(courseId, filter, offset, EXPORT_CHUNK, items, categoryList, scale);
                for (GradebookRow row : rows) {
                    var cells =
                            new ArrayList<>(List.of(row.name(), row.email(), row.cohort() == null ? "" : row.cohort()));
                    items.forEach(
                            item -> cells.add(plain(row.cell(item.moduleId()).percent())));
                    cells.add(plain(row.total()));
                    cells.add(row.letter() == null ? "" : row.letter());
                    csv.row(cells);
                }
                if (rows.size() < EXPORT_CHUNK) {
                    break;
                }
            }
        }
    }

    // ---- categories and the letter scale

    @TeachersOnly
    @Transactional
    public long createCategory(long courseId, String name, BigDecimal weight, int dropLowest) {
        courses.details(courseId);
        checkCategory(name, weight, dropLowest);
        if (categories.existsByCourseIdAndNameIgnoreCase(courseId, name.strip())) {
            throw GradebookRefusedException.invalid(ConstraintMessages.get("gradebook.category.duplicate"));
        }
        return categories
                .save(new GradeCategory(courseId, name, weight, dropLowest, categories.maxPosition(courseId) + 1))
                .id();
    }

    /** Renames a category, changes its weight and drop-lowest; refused if it changed since {@code expectedVersion}. */
    @TeachersOnly
    @Transactional
    public void updateCategory(long categoryId, long expectedVersion, String name, BigDecimal weight, int dropLowest) {
        GradeCategory category = category(categoryId);
        checkCategory(name, weight, dropLowest);
        if (category.version() != expectedVersion) {
            throw GradebookRefusedException.conflict(ConstraintMessages.get("gradebook.category.conflict"));
        }
        if (!category.name().equalsIgnoreCase(name.strip())
                && categories.existsByCourseIdAndNameIgnoreCase(category.courseId(), name.strip())) {
            throw GradebookRefusedException.invalid(ConstraintMessages.get("gradebook.category.duplicate"));
        }
        category.change(name, weight, dropLowest);
        categories.flush();
    }

    /** Deletes a category; its items become uncategorised. */
    @TeachersOnly
    @Transactional
    public void deleteCategory(long categoryId) {
        categories.delete(category(categoryId));
    }

    /** Puts an item in a category of its course, or in none ({@code categoryId} null). */
    @TeachersOnly
    @Transactional
    public void assign(long courseId, long moduleId, @Nullable Long categoryId) {
        courses.details(courseId);
        if (items(courseId).stream().noneMatch(item -> item.moduleId() == moduleId)) {
            throw new GradebookNotFoundException("module " + moduleId);
        }
        if (categoryId != null && category(categoryId).courseId() != courseId) {
            throw new GradebookNotFoundException("category " + categoryId);
        }
        var upsert = entityManager
                .createNativeQuery("insert into gradebook_item (module_id, course_id, category_id) values (?1, ?2, "
                        + (categoryId == null ? "null" : "?3")
                        + ") on conflict (module_id) do update set category_id = excluded.category_id")
                .setParameter(1, moduleId)
                .setParameter(2, courseId);
        (categoryId == null ? upsert : upsert.setParameter(3, categoryId)).executeUpdate();
    }

    /** Replaces the course's letter scale; an empty scale returns to the default (A ≥ 90 … F). */
    @TeachersOnly
    @Transactional
    public void setLetters(long courseId, List<GradeLetter> scale) {
        courses.details(courseId);
        var letters = new HashSet<String>();
        var minimums = new HashSet<BigDecimal>();
        for (GradeLetter step : scale) {
            String letter = step.letter().strip();
            if (letter.isEmpty()
                    || letter.length() > GradeLetter.LETTER_MAX_LENGTH
                    || step.minPercent().signum() < 0
                    || step.minPercent().compareTo(HUNDRED) > 0) {
                throw GradebookRefusedException.invalid(
                        ConstraintMessages.get("gradebook.letter.invalid", GradeLetter.LETTER_MAX_LENGTH));
            }
            if (!letters.add(letter.toLowerCase(Locale.ROOT))
                    || !minimums.add(step.minPercent().stripTrailingZeros())) {
                throw GradebookRefusedException.invalid(ConstraintMessages.get("gradebook.letter.duplicate"));
            }
        }
        entityManager
                .createNativeQuery("delete from grade_letter where course_id = ?1")
                .setParameter(1, courseId)
                .executeUpdate();
        for (GradeLetter step : scale) {
            entityManager
                    .createNativeQuery("insert into grade_letter (course_id, letter, min_percent) values (?1, ?2, ?3)")
                    .setParameter(1, courseId)
                    .setParameter(2, step.letter().strip())
                    .setParameter(3, step.minPercent())
                    .executeUpdate();
        }
    }

    // ---- the learner's own grades

    /** The signed-in learner's grades in each course they are enrolled in that has gradable items, by title. */
    @MembersOnly
    @Transactional(readOnly = true)
    public List<CourseGrades> myGrades() {
        long me = currentUser.require().id();
        List<?> rows = entityManager.createNativeQuery("""
                        select c.id from enrollment e join course c on c.id = e.course_id
                        where e.user_id = ?1 and e.status <> 'WITHDRAWN'
                          and exists (select 1 from course_module m where m.course_id = c.id and m.published
                                      and m.kind in ('ASSIGNMENT', 'QUIZ'))
                        order by lower(c.title), c.id""").setParameter(1, me).getResultList();
        return rows.stream().map(id -> grades(((Number) id).longValue(), me)).toList();
    }

    /**
     * The signed-in learner's grades in one course they are enrolled in: released assignment grades
     * only, quiz best scores, the gradebook's overrides (on an assignment only once its grade is
     * released, or when it has none), the category means and the total these make.
     */
    @MembersOnly
    @Transactional(readOnly = true)
    public CourseGrades myGrades(long courseId) {
        long me = currentUser.require().id();
        if (!enrolled(courseId, me)) {
            throw new GradebookNotFoundException("course " + courseId);
        }
        return grades(courseId, me);
    }

    private CourseGrades grades(long courseId, long userId) {
        String title = (String) entityManager
                .createNativeQuery("select title from course where id = ?1")
                .setParameter(1, courseId)
                .getSingleResult();
        List<GradebookItem> items = items(courseId);
        List<GradebookCategory> categoryList = categorySummaries(courseId);
        Map<Long, GradebookCell> cells =
                cells(courseId, items, List.of(userId), true).getOrDefault(userId, Map.of());
        Map<Long, BigDecimal> earned = new HashMap<>();
        List<?> points = entityManager
                .createNativeQuery("""
                        select a.module_id, g.points from grade g
                        join submission s on s.id = g.submission_id join assignment a on a.id = s.assignment_id
                        where a.course_id = ?1 and s.user_id = ?2 and g.points is not null and g.released_at is not null""")
                .setParameter(1, courseId)
                .setParameter(2, userId)
                .getResultList();
        for (Object row : points) {
            Object[] values = (Object[]) row;
            earned.put(((Number) values[0]).longValue(), (BigDecimal) values[1]);
        }
        var names = new HashMap<Long, String>();
        categoryList.forEach(category -> names.put(category.id(), category.name()));
        var percents = percents(cells);
        var result = GradeTotals.of(items, categoryList, percents);
        var itemGrades = items.stream()
                .map(item -> {
                    GradebookCell cell = cells.getOrDefault(item.moduleId(), GradebookCell.NONE);
                    return new CourseGrades.Item(
                            item.moduleId(),
                            item.title(),
                            item.kind(),
                            item.categoryId() == null ? null : names.get(item.categoryId()),
                            cell.percent(),
                            cell.overridden() ? null : earned.get(item.moduleId()),
                            item.points(),
                            cell.pendingReview(),
                            cell.overridden());
                })
                .toList();
        var totals = new ArrayList<CourseGrades.CategoryTotal>();
        for (GradebookCategory category : categoryList) {
            totals.add(new CourseGrades.CategoryTotal(
                    category.name(), category.weight(), result.means().get(category.id())));
        }
        boolean anyUncategorised =
                items.stream().anyMatch(item -> item.categoryId() == null || !names.containsKey(item.categoryId()));
        if (anyUncategorised) {
            totals.add(new CourseGrades.CategoryTotal(
                    null,
                    GradeTotals.uncategorisedWeight(categoryList),
                    result.means().get(GradeTotals.UNCATEGORISED)));
        }
        return new CourseGrades(
                courseId,
                title,
                itemGrades,
                totals,
                result.total(),
                GradeTotals.letter(result.total(), letters(courseId)));
    }

    // ---- reading

    private List<GradebookRow> rows(
            long courseId,
            GradebookFilter filter,
            int offset,
            int limit,
            List<GradebookItem> items,
            List<GradebookCategory> categoryList,
            List<GradeLetter> scale) {
        List<Learner> learners = learners(courseId, filter, offset, limit);
        List<Long> ids = learners.stream().map(Learner::id).toList();
        var cells = cells(courseId, items, ids, false);
        return learners.stream()
                .map(learner -> {
                    Map<Long, GradebookCell> own = cells.getOrDefault(learner.id(), Map.of());
                    var result = GradeTotals.of(items, categoryList, percents(own));
                    return new GradebookRow(
                            learner.id(),
                            learner.name(),
                            learner.email(),
                            learner.cohort(),
                            own,
                            result.means(),
                            result.total(),
                            GradeTotals.letter(result.total(), scale));
                })
                .toList();
    }

    private static Map<Long, BigDecimal> percents(Map<Long, GradebookCell> cells) {
        var percents = new HashMap<Long, BigDecimal>();
        cells.forEach((module, cell) -> {
            if (cell.percent() != null) {
                percents.put(module, cell.percent());
            }
        });
        return percents;
    }

    /** The course's published assignments and quizzes in outline order (loose modules first, then by section). */
    private List<GradebookItem> items(long courseId) {
        List<?> rows =
                entityManager.createNativeQuery("""
                        select m.id, m.title, m.kind, gi.category_id, a.points
                        from course_module m
                        left join course_section s on s.id = m.section_id
                        left join gradebook_item gi on gi.module_id = m.id
                        left join assignment a on a.module_id = m.id
                        where m.course_id = ?1 and m.published and m.kind in ('ASSIGNMENT', 'QUIZ')
                        order by m.section_id is not null, s.position, m.position, m.id""").setParameter(1, courseId).getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(values -> new GradebookItem(
                        ((Number) values[0]).longValue(),
                        (String) values[1],
                        ModuleKind.valueOf((String) values[2]),
                        values[3] == null ? null : ((Number) values[3]).longValue(),
                        (BigDecimal) values[4]))
                .toList();
    }

    private List<GradebookCategory> categorySummaries(long courseId) {
        return categories.findByCourseIdOrderByPositionAscIdAsc(courseId).stream()
                .map(GradeCategory::summary)
                .toList();
    }

    private List<GradeLetter> ownLetters(long courseId) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "select letter, min_percent from grade_letter where course_id = ?1 order by min_percent desc")
                .setParameter(1, courseId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(values -> new GradeLetter((String) values[0], (BigDecimal) values[1]))
                .toList();
    }

    private List<GradeLetter> letters(long courseId) {
        List<GradeLetter> own = ownLetters(courseId);
        return own.isEmpty() ? GradeLetter.DEFAULT_SCALE : own;
    }

    private GradeCategory category(long categoryId) {
        GradeCategory category =
                categories.findById(categoryId).orElseThrow(() -> new GradebookNotFoundException("category"));
        courses.details(category.courseId());
        return category;
    }

    private static void checkCategory(String name, BigDecimal weight, int dropLowest) {
        if (name.isBlank() || name.strip().length() > GradeCategory.NAME_MAX_LENGTH) {
            throw GradebookRefusedException.invalid(
                    ConstraintMessages.get("gradebook.category.name", GradeCategory.NAME_MAX_LENGTH));
        }
        if (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0) {
            throw GradebookRefusedException.invalid(ConstraintMessages.get("gradebook.category.weight"));
        }
        if (dropLowest < 0 || dropLowest > 99) {
            throw GradebookRefusedException.invalid(ConstraintMessages.get("gradebook.category.drop", 99));
        }
    }

    private boolean enrolled(long courseId, long userId) {
        return !entityManager
                .createNativeQuery(
                        "select 1 from enrollment where course_id = ?1 and user_id = ?2" + " and status <> 'WITHDRAWN'")
                .setParameter(1, courseId)
                .setParameter(2, userId)
                .getResultList()
                .isEmpty();
    }

    /** The where clause of the course's learners the filter lets through (enrollment e, app_user u). */
    private static String learnerConditions(long courseId, GradebookFilter filter, List<Object> parameters) {
        parameters.add(courseId);
        var where = new StringBuilder("e.course_id = ?1 and e.status <> 'WITHDRAWN'");
        if (filter.cohortId() != null) {
            parameters.add(filter.cohortId());
            where.append(" and e.cohort_id = ?").append(parameters.size());
        }
        String search = filter.search() == null ? "" : filter.search().strip();
        if (!search.isEmpty()) {
            parameters.add("%" + search.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            int index = parameters.size();
            where.append(" and (u.display_name ilike ?")
                    .append(index)
                    .append(" escape '!' or u.email ilike ?")
                    .append(index)
                    .append(" escape '!')");
        }
        return where.toString();
    }

    private static void bind(jakarta.persistence.Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private List<Learner> learners(long courseId, GradebookFilter filter, int offset, int limit) {
        var parameters = new ArrayList<Object>();
        String where = learnerConditions(courseId, filter, parameters);
        parameters.add(offset);
        parameters.add(limit);
        var query = entityManager.createNativeQuery("select u.id, u.display_name, u.email, c.name"
                + " from enrollment e join app_user u on u.id = e.user_id left join cohort c on c.id = e.cohort_id"
                + " where " + where
                + " order by lower(u.display_name), u.id offset ?" + (parameters.size() - 1) + " limit ?"
                + parameters.size());
        bind(query, parameters);
        List<?> rows = query.getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(values -> new Learner(
                        ((Number) values[0]).longValue(), (String) values[1], (String) values[2], (String) values[3]))
                .toList();
    }

    /**
     * The cells of these learners in these items: userId → moduleId → cell; three queries. With
     * {@code releasedOnly} (a learner's own page) unreleased assignment grades are left out, and so is
     * an override on an assignment whose grade is not released.
     */
    private Map<Long, Map<Long, GradebookCell>> cells(
            long courseId, List<GradebookItem> items, Collection<Long> userIds, boolean releasedOnly) {
        var cells = new HashMap<Long, Map<Long, GradebookCell>>();
        if (userIds.isEmpty() || items.isEmpty()) {
            return cells;
        }
        var gradable = new LinkedHashMap<Long, GradebookItem>();
        items.forEach(item -> gradable.put(item.moduleId(), item));
        var hidden = new HashSet<List<Long>>();
        List<?> grades = entityManager
                .createNativeQuery("""
                        select s.user_id, a.module_id, g.points, a.points, g.released_at is not null
                        from grade g join submission s on s.id = g.submission_id join assignment a on a.id = s.assignment_id
                        where a.course_id = ?1 and s.user_id in (?2) and g.points is not null""")
                .setParameter(1, courseId)
                .setParameter(2, userIds)
                .getResultList();
        for (Object row : grades) {
            Object[] values = (Object[]) row;
            long user = ((Number) values[0]).longValue();
            long module = ((Number) values[1]).longValue();
            boolean released = (Boolean) values[4];
            if (!gradable.containsKey(module)) {
                continue;
            }
            if (releasedOnly && !released) {
                hidden.add(List.of(user, module));
                continue;
            }
            BigDecimal percent =
                    ((BigDecimal) values[2]).multiply(HUNDRED).divide((BigDecimal) values[3], 2, RoundingMode.HALF_UP);
            cells.computeIfAbsent(user, id -> new HashMap<>())
                    .put(module, new GradebookCell(percent, false, released, false, 0));
        }
        quizScores
                .best(courseId, userIds)
                .forEach((user, scores) -> scores.forEach((module, score) -> {
                    if (gradable.containsKey(module)) {
                        cells.computeIfAbsent(user, id -> new HashMap<>())
                                .put(
                                        module,
                                        new GradebookCell(
                                                score.percent().setScale(2, RoundingMode.HALF_UP),
                                                false,
                                                true,
                                                score.pendingReview(),
                                                0));
                    }
                }));
        List<?> overrides = entityManager
                .createNativeQuery("""
                        select o.user_id, o.module_id, o.percent, o.version
                        from gradebook_override o join course_module m on m.id = o.module_id
                        where m.course_id = ?1 and o.user_id in (?2)""")
                .setParameter(1, courseId)
                .setParameter(2, userIds)
                .getResultList();
        for (Object row : overrides) {
            Object[] values = (Object[]) row;
            long user = ((Number) values[0]).longValue();
            long module = ((Number) values[1]).longValue();
            if (!gradable.containsKey(module) || hidden.contains(List.of(user, module))) {
                continue;
            }
            BigDecimal percent = (BigDecimal) values[2];
            long version = ((Number) values[3]).longValue();
            var own = cells.computeIfAbsent(user, id -> new HashMap<>());
            GradebookCell underlying = own.getOrDefault(module, GradebookCell.NONE);
            own.put(
                    module,
                    percent == null
                            ? new GradebookCell(
                                    underlying.percent(),
                                    false,
                                    underlying.released(),
                                    underlying.pendingReview(),
                                    version)
                            : new GradebookCell(percent, true, true, false, version));
        }
        return cells;
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
