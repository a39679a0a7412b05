package io.lyceum.quiz;

import io.lyceum.base.validation.ConstraintMessages;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads questions in Moodle's GIFT format. Questions are separated by blank lines and each is read on its own: a
 * broken or unsupported question becomes a {@link GiftProblem} with its line, and the questions after it are still
 * read.
 *
 * <p>Supported: {@code //} comment lines, {@code $CATEGORY:} lines (ignored), {@code ::title::}, a leading
 * {@code [markdown]}/{@code [html]}/{@code [plain]}/{@code [moodle]} tag (removed, the text is kept), the escapes
 * {@code \~ \= \# \{ \} \: \\ \n}, and these answers:
 * <ul>
 * <li>{@code {=right ~wrong #feedback}}: single choice;</li>
 * <li>{@code {~%50%a ~%50%b ~%-100%c}}: multiple choice, the answers with a positive weight being correct;</li>
 * <li>{@code {T}}, {@code {TRUE}}, {@code {F}}, {@code {FALSE}}: true/false;</li>
 * <li>{@code {=a =b}}: short answer, case-insensitive as in Moodle;</li>
 * <li>{@code {#3.14:0.01}}, {@code {#2}}, {@code {#1..5}}: numeric, a range becoming its midpoint ± half its
 * width;</li>
 * <li>{@code {}}: essay, marked by a person.</li>
 * </ul>
 * Lyceum has nowhere to keep general feedback ({@code ####…}, also on an essay) or the feedback of true/false, short-answer and
 * numeric answers, so those are dropped; everything else outside this subset is reported.
 */
public final class GiftParser {

    private static final Pattern FORMAT =
            Pattern.compile("^\\[(markdown|html|plain|moodle)]", Pattern.CASE_INSENSITIVE);
    private static final String GENERAL_FEEDBACK = "####";

    private GiftParser() {}

    public static GiftImport parse(String text) {
        var questions = new ArrayList<ImportedQuestion>();
        var problems = new ArrayList<GiftProblem>();
        for (Block block : blocks(text)) {
            try {
                questions.add(new ImportedQuestion(block.line(), question(block.text())));
            } catch (Broken | IllegalArgumentException e) {
                // IllegalArgumentException: the question parsed but breaks a rule of QuestionSpec.
                problems.add(new GiftProblem(block.line(), problem(block.line(), e.getMessage())));
            }
        }
        return new GiftImport(questions, problems);
    }

    /** "Line 3: the choice question has no correct answer (=)", in the reader's language. */
    private static String problem(int line, @Nullable String reason) {
        String why = reason == null || reason.isEmpty() ? ConstraintMessages.get("gift.unreadable") : reason;
        if (Boolean.parseBoolean(ConstraintMessages.get("gift.problem.lower-first"))) {
            why = Character.toLowerCase(why.charAt(0)) + why.substring(1);
        }
        return ConstraintMessages.get("gift.problem", String.valueOf(line), why);
    }

    /** Why one question cannot be imported; it stops that question only. */
    private static final class Broken extends RuntimeException {

        @Serial
        private static final long serialVersionUID = 1L;

        /** The message of {@code ValidationMessages} by its key, always formatted (the messages quote braces). */
        Broken(String key, Object... arguments) {
            super(ConstraintMessages.get(key, arguments), null, false, false);
        }
    }

    private record Block(int line, String text) {}

    /** Splits the text at blank lines; comment and category lines belong to no question and do not split one. */
    private static List<Block> blocks(String text) {
        var blocks = new ArrayList<Block>();
        String[] lines = text.split("\\R", -1);
        var current = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            // A file saved by a Windows editor may start with a byte order mark.
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.regionMatches(true, 0, "$CATEGORY:", 0, 10)) {
                continue;
            }
            if (trimmed.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(start, current.toString()));
                    current.setLength(0);
                }
                continue;
            }
            if (current.isEmpty()) {
                start = i + 1;
            } else {
                current.append('\n');
            }
            current.append(line);
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(start, current.toString()));
        }
        return blocks;
    }

    private static QuestionSpec question(String block) {
        String rest = block.strip();
        String title = null;
        if (rest.startsWith("::")) {
            int end = indexOfUnescaped(rest, "::", 2);
            if (end < 0) {
                throw new Broken("gift.title-unclosed");
            }
            title = unescape(rest.substring(2, end));
            rest = rest.substring(end + 2).strip();
        }
        Matcher format = FORMAT.matcher(rest);
        if (format.find()) {
            rest = rest.substring(format.end()).strip();
        }

        int open = indexOfUnescaped(rest, "{", 0);
        int firstClose = indexOfUnescaped(rest, "}", 0);
        if (open < 0 && firstClose < 0) {
            throw new Broken("gift.no-answers");
        }
        if (firstClose >= 0 && (open < 0 || firstClose < open)) {
            throw new Broken("gift.stray-close");
        }
        int close = indexOfUnescaped(rest, "}", open + 1);
        if (close < 0) {
            throw new Broken("gift.answers-unclosed");
        }
        int nested = indexOfUnescaped(rest, "{", open + 1);
        if (nested >= 0 && nested < close) {
            throw new Broken("gift.nested-open");
        }
        String after = rest.substring(close + 1).strip();
        if (indexOfUnescaped(after, "{", 0) >= 0) {
            throw new Broken("gift.two-answer-blocks");
        }
        if (indexOfUnescaped(after, "}", 0) >= 0) {
            throw new Broken("gift.stray-close");
        }
        if (!after.isEmpty()) {
            throw new Broken("gift.missing-word");
        }
        String text = unescape(rest.substring(0, open)).strip();
        if (text.isEmpty()) {
            throw new Broken("gift.no-text");
        }
        return answers(title, text, rest.substring(open + 1, close));
    }

    /** Tells the question type from the raw (still escaped) text between the braces. */
    private static QuestionSpec answers(@Nullable String title, String text, String raw) {
        int general = indexOfUnescaped(raw, GENERAL_FEEDBACK, 0);
        String answers = (general < 0 ? raw : raw.substring(0, general)).strip();
        if (answers.isEmpty()) {
            // GIFT's essay: no answers at all; a person marks what the student writes.
            return QuestionSpec.essay(title, text, 1);
        }
        if (answers.startsWith("#")) {
            return numeric(title, text, answers.substring(1).strip());
        }
        @Nullable Boolean truth = switch (beforeFeedback(answers).toUpperCase(Locale.ROOT)) {
            case "T", "TRUE" -> true;
            case "F", "FALSE" -> false;
            default -> null;
        };
        if (truth != null) {
            return QuestionSpec.trueFalse(title, text, truth, 1);
        }
        // Moodle's own rule: only matching answers contain both = and ->.
        if (answers.contains("->") && indexOfUnescaped(answers, "=", 0) >= 0) {
            throw new Broken("gift.matching");
        }
        if (answers.charAt(0) != '=' && answers.charAt(0) != '~') {
            throw new Broken("gift.answers-start");
        }
        return choices(title, text, split(answers));
    }

    private record Answer(
            boolean right,
            @Nullable Double weight,
            String text,
            @Nullable String feedback) {

        boolean fullWeight() {
            return weight == null || weight == 100;
        }

        boolean positiveWeight() {
            return weight != null && weight > 0;
        }
    }

    private static QuestionSpec choices(@Nullable String title, String text, List<Answer> answers) {
        List<Answer> rights = answers.stream().filter(Answer::right).toList();
        if (rights.size() == answers.size()) {
            if (!answers.stream().allMatch(Answer::fullWeight)) {
                throw new Broken("gift.short-answer-partial");
            }
            return QuestionSpec.shortAnswer(
                    title, text, answers.stream().map(Answer::text).toList(), false, 1);
        }
        if (rights.isEmpty()) {
            // As in Moodle, a question without = is a multiple choice: its weights say which answers are correct.
            if (answers.stream().noneMatch(Answer::positiveWeight)) {
                throw new Broken("gift.no-correct");
            }
            return QuestionSpec.multipleChoice(
                    title,
                    text,
                    answers.stream()
                            .map(answer -> new Choice(answer.text(), answer.positiveWeight(), answer.feedback()))
                            .toList(),
                    1);
        }
        if (rights.size() > 1) {
            throw new Broken("gift.single-several-correct", rights.size());
        }
        // A wrong answer's penalty (~%-50%) is dropped since every wrong answer earns 0; partial credit cannot be.
        if (!rights.getFirst().fullWeight()
                || answers.stream().anyMatch(answer -> !answer.right() && answer.positiveWeight())) {
            throw new Broken("gift.single-partial");
        }
        return QuestionSpec.singleChoice(
                title,
                text,
                answers.stream()
                        .map(answer -> new Choice(answer.text(), answer.right(), answer.feedback()))
                        .toList(),
                1);
    }

    /** Splits "=a#fb ~%50%b ~c" at each unescaped = and ~ into its answers. */
    private static List<Answer> split(String answers) {
        var split = new ArrayList<Answer>();
        int at = 0;
        while (at < answers.length()) {
            int next = nextMarker(answers, at + 1);
            split.add(answer(
                    answers.charAt(at) == '=', answers.substring(at + 1, next).strip()));
            at = next;
        }
        return split;
    }

    private static Answer answer(boolean right, String body) {
        Double weight = null;
        if (body.startsWith("%")) {
            int end = body.indexOf('%', 1);
            if (end < 0) {
                throw new Broken("gift.weight-unclosed", body);
            }
            String percent = body.substring(1, end);
            OptionalDouble parsed = Decimals.parse(percent);
            if (parsed.isEmpty()) {
                throw new Broken("gift.weight-invalid", percent);
            }
            weight = parsed.getAsDouble();
            if (weight < -100 || weight > 100) {
                throw new Broken("gift.weight-range", percent);
            }
            body = body.substring(end + 1).strip();
        }
        int hash = indexOfUnescaped(body, "#", 0);
        String feedback = hash < 0 ? null : unescape(body.substring(hash + 1));
        String text = unescape(hash < 0 ? body : body.substring(0, hash)).strip();
        if (text.isEmpty()) {
            throw new Broken("gift.answer-empty", right ? "=" : "~");
        }
        return new Answer(right, weight, text, feedback);
    }

    private static QuestionSpec numeric(@Nullable String title, String text, String answers) {
        String value;
        if (answers.startsWith("=") || answers.startsWith("~")) {
            // Moodle's long form {#=3.14:0.01 =%50%3:1}: accepted only with a single, fully right answer.
            List<Answer> split = split(answers);
            if (split.size() > 1
                    || !split.getFirst().right()
                    || !split.getFirst().fullWeight()) {
                throw new Broken("gift.numeric-several");
            }
            value = split.getFirst().text();
        } else {
            value = unescape(beforeFeedback(answers));
        }
        if (value.isEmpty()) {
            throw new Broken("gift.numeric-missing");
        }
        int range = value.indexOf("..");
        if (range >= 0) {
            double low = number(value.substring(0, range));
            double high = number(value.substring(range + 2));
            if (high < low) {
                throw new Broken("gift.range-reversed", value);
            }
            return QuestionSpec.numeric(title, text, low + (high - low) / 2, (high - low) / 2, 1);
        }
        int colon = value.indexOf(':');
        return colon < 0
                ? QuestionSpec.numeric(title, text, number(value), 0, 1)
                : QuestionSpec.numeric(
                        title, text, number(value.substring(0, colon)), number(value.substring(colon + 1)), 1);
    }

    private static double number(String text) {
        OptionalDouble number = Decimals.parse(text);
        if (number.isEmpty()) {
            throw new Broken("gift.not-a-number", text.strip());
        }
        return number.getAsDouble();
    }

    private static int nextMarker(String text, int from) {
        int equals = indexOfUnescaped(text, "=", from);
        int tilde = indexOfUnescaped(text, "~", from);
        if (equals < 0) {
            return tilde < 0 ? text.length() : tilde;
        }
        return tilde < 0 ? equals : Math.min(equals, tilde);
    }

    private static String beforeFeedback(String answer) {
        int hash = indexOfUnescaped(answer, "#", 0);
        return (hash < 0 ? answer : answer.substring(0, hash)).strip();
    }

    /** Where {@code target} first starts at or after {@code from}, skipping backslash-escaped characters; or -1. */
    private static int indexOfUnescaped(String text, String target, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Resolves GIFT's escapes; any other backslash is kept, as in a path such as C:\temp. */
    private static String unescape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char at = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (at == '\\' && "~=#{}:\\n".indexOf(next) >= 0) {
                out.append(next == 'n' ? '\n' : next);
                i++;
            } else {
                out.append(at);
            }
        }
        return out.toString();
    }
}
