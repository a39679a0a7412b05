package io.lyceum.people;

import io.lyceum.base.NoSuchItemException;
import io.lyceum.base.csv.CsvColumn;
import io.lyceum.base.csv.CsvTable;
import io.lyceum.base.csv.UnreadableTextException;
import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.EmailAddress;
import io.lyceum.identity.InvalidUserException;
import io.lyceum.identity.Member;
import io.lyceum.identity.MemberStatus;
import io.lyceum.identity.Role;
import io.lyceum.identity.UserService;
import io.lyceum.platform.PlanLimitException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a CSV of people to the organization in context, each line in its own transaction: a bad
 * line is reported with its number and the good ones still count. New people are invited by mail
 * with the roles the file names; a member already there gets the roles the file adds (an import
 * never takes a role away) and the cohort it names. The cohort is kept on the member (their cohort
 * in the organization, which the People page filters by); enrollments keep their own per course.
 */
@Component
class PeopleImporter {

    static final int MAX_ROWS = 5_000;

    static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.EMAIL.asRequired(),
            CsvColumn.FIRST_NAME,
            CsvColumn.LAST_NAME,
            CsvColumn.NAME,
            CsvColumn.ROLE,
            CsvColumn.COHORT);

    private final PeopleService people;
    private final UserService users;
    private final TransactionTemplate transaction;

    PeopleImporter(PeopleService people, UserService users, TransactionTemplate transaction) {
        this.people = people;
        this.users = users;
        this.transaction = transaction;
    }

    /** Imports the file, telling {@code applied} each row's outcome as soon as it is committed (or refused). */
    PeopleImportReport.Result importCsv(byte[] file, Consumer<PeopleImportReport.Row> applied) {
        CsvTable table;
        try {
            table = CsvTable.read(file, COLUMNS);
        } catch (UnreadableTextException e) {
            var refused = refused(1, "", e.getMessage());
            applied.accept(refused);
            return new PeopleImportReport.Result(List.of(refused), null);
        }
        var rows = new ArrayList<PeopleImportReport.Row>();
        for (CsvTable.Row record : table.rows()) {
            if (rows.size() == MAX_ROWS) {
                var beyond = refused(record.line(), "", ConstraintMessages.get("csv-import.too-many-rows", MAX_ROWS));
                rows.add(beyond);
                applied.accept(beyond);
                break;
            }
            var row = apply(record);
            rows.add(row);
            applied.accept(row);
        }
        return new PeopleImportReport.Result(rows, table.notice());
    }

    private PeopleImportReport.Row apply(CsvTable.Row record) {
        int line = record.line();
        String email = record.get(CsvColumn.EMAIL);
        if (record.problem() != null) {
            return refused(line, email, record.problem().message());
        }
        if (!EmailAddress.Check.isValid(email)) {
            return refused(line, email, ConstraintMessages.get("csv-import.invalid-email", line));
        }
        Set<Role> roles;
        try {
            roles = RoleWords.parse(record.get(CsvColumn.ROLE));
        } catch (RoleWords.UnknownRole e) {
            return refused(line, email, ConstraintMessages.get("people-import.unknown-role", e.word(), line));
        }
        String cohort = record.get(CsvColumn.COHORT);
        String name = record.get(CsvColumn.NAME).isEmpty()
                ? (record.get(CsvColumn.FIRST_NAME) + " " + record.get(CsvColumn.LAST_NAME)).strip()
                : record.get(CsvColumn.NAME);
        try {
            return Objects.requireNonNull(transaction.execute(status -> {
                var existing = users.findByEmail(email);
                if (existing.isEmpty()) {
                    var invited = people.invite(name.isBlank() ? email : name, email, roles, cohort);
                    return new PeopleImportReport.Row(
                            line,
                            email,
                            PeopleImportReport.Outcome.INVITED,
                            ConstraintMessages.get("people-import.invited", roleNames(roles)),
                            invited.user().id());
                }
                return update(line, people.member(existing.get().id()), roles, cohort);
            }));
        } catch (PlanLimitException | InvalidUserException | NoSuchItemException e) {
            return refused(line, email, e.getMessage());
        } catch (ConstraintViolationException e) {
            return refused(
                    line,
                    email,
                    e.getConstraintViolations().stream()
                            .map(ConstraintViolation::getMessage)
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
    }

    /** A member already: the roles the file adds, the cohort it names; or, when nothing changes, skipped. */
    private PeopleImportReport.Row update(int line, Member member, Set<Role> roles, String cohort) {
        if (member.status() == MemberStatus.DEACTIVATED) {
            return new PeopleImportReport.Row(
                    line,
                    member.email(),
                    PeopleImportReport.Outcome.SKIPPED,
                    ConstraintMessages.get("people-import.deactivated"),
                    member.id());
        }
        Set<Role> added = EnumSet.copyOf(roles);
        added.removeAll(member.roles());
        boolean newCohort = !cohort.isBlank() && !cohort.strip().equals(member.cohort());
        if (added.isEmpty() && !newCohort) {
            return new PeopleImportReport.Row(
                    line,
                    member.email(),
                    PeopleImportReport.Outcome.SKIPPED,
                    ConstraintMessages.get("people-import.unchanged"),
                    member.id());
        }
        if (!added.isEmpty()) {
            Set<Role> all = EnumSet.copyOf(member.roles());
            all.addAll(added);
            people.changeRoles(member.id(), all);
        }
        if (newCohort) {
            people.fileInCohort(member.id(), cohort);
        }
        String message = added.isEmpty()
                ? ConstraintMessages.get("people-import.cohort-set", cohort.strip())
                : newCohort
                        ? ConstraintMessages.get(
                                "people-import.roles-added-cohort-set", roleNames(added), cohort.strip())
                        : ConstraintMessages.get("people-import.roles-added", roleNames(added));
        return new PeopleImportReport.Row(
                line, member.email(), PeopleImportReport.Outcome.UPDATED, message, member.id());
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream()
                .sorted()
                .map(role -> ConstraintMessages.get(
                        "people-import.role." + role.name().toLowerCase(java.util.Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }

    private static PeopleImportReport.Row refused(int line, String email, String message) {
        return new PeopleImportReport.Row(line, email, PeopleImportReport.Outcome.REFUSED, message, null);
    }
}
