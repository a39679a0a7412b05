package io.lyceum.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads questions in Moodle's GIFT format. Each question is parsed on its own: a broken question
 * becomes a {@link GiftProblem} with its line number, and the questions after it are still read.
 * Supported: single and multiple choice (with {@code %weight%}), true/false, short answer and
 * numeric ({@code #answer:tolerance}, {@code #min..max}); titles, format tags, feedback, escapes,
 * comments and {@code $CATEGORY} lines.
 */
public final class GiftParser {

    private static final Pattern TITLE = Pattern.compile("^::(.*?)(?<!\\\\)::", Pattern.DOTALL);
    private static final Pattern FORMAT = Pattern.compile("^\\[(markdown|html|plain|moodle)]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");

    private GiftParser() {
    }

    public static GiftImport parse(String text) {
        var questions = new ArrayList<ImportedQuestion>();
        var problems = new ArrayList<GiftProblem>();
        for (Block block : blocks(text)) {
            try {
                questions.add(new ImportedQuestion(block.line(), question(block.text())));
            } catch (IllegalArgumentException e) {
                problems.add(new GiftProblem(block.line(), "Line " + block.line() + ": " + e.getMessage()));
            }
        }
        return new GiftImport(questions, problems);
    }

    private record Block(int line, String text) {
    }

    /** Questions are separated by blank lines; comment and category lines belong to none. */
    private static List<Block> blocks(String text) {
        var blocks = new ArrayList<Block>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        var current = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.startsWith("$CATEGORY:")) {
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
        Matcher titled = TITLE.matcher(rest);
        if (titled.find()) {
            title = unescape(titled.group(1)).strip();
            rest = rest.substring(titled.end()).strip();
        }
        Matcher format = FORMAT.matcher(rest);
        if (format.find()) {
            rest = rest.substring(format.end()).strip();
        }
        int open = unescaped(rest, '{', 0);
        if (open < 0) {
            throw new IllegalArgumentException("the question has no answers in { }");
        }
        int close = unescaped(rest, '}', open + 1);
        if (close < 0) {
            throw new IllegalArgumentException("the answers' { is never closed with }");
        }
        if (unescaped(rest, '{', open + 1) >= 0 && unescaped(rest, '{', open + 1) < close) {
            throw new IllegalArgumentException("the answers contain an unescaped {");
        }
        String text = unescape(rest.substring(0, open)).strip();
        String after = rest.substring(close + 1).strip();
        if (!after.isEmpty()) {
            throw new IllegalArgumentException("missing-word questions (text after the answers) are not supported");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the question has no text");
        }
        String answers = rest.substring(open + 1, close).strip();
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("essay questions (empty answers) are not supported");
        }
        if (answers.startsWith("#")) {
            return numeric(title, text, answers.substring(1).strip());
        }
        String bare = withoutFeedback(answers).toUpperCase(Locale.ROOT);
        if (bare.equals("T") || bare.equals("TRUE") || bare.equals("F") || bare.equals("FALSE")) {
            return QuestionSpec.trueFalse(title, text, bare.startsWith("T"), 1);
        }
        if (answers.contains("->")) {
            throw new IllegalArgumentException("matching questions are not supported");
        }
        return choices(title, text, answers);
    }

    private static QuestionSpec numeric(@Nullable String title, String text, String answer) {
        if (unescaped(answer, '=', 0) >= 0 || unescaped(answer, '~', 0) >= 0) {
            throw new IllegalArgumentException("numeric questions with several answers are not supported");
        }
        String value = withoutFeedback(answer).strip();
        try {
            if (value.contains("..")) {
                String[] range = value.split("\\.\\.", 2);
                double low = Double.parseDouble(range[0].strip());
                double high = Double.parseDouble(range[1].strip());
                if (high < low) {
                    throw new IllegalArgumentException("the numeric range " + value + " ends before it starts");
                }
                return QuestionSpec.numeric(title, text, (low + high) / 2, (high - low) / 2, 1);
            }
            String[] parts = value.split(":", 2);
            double exact = Double.parseDouble(parts[0].strip());
            double tolerance = parts.length > 1 ? Double.parseDouble(parts[1].strip()) : 0;
            return QuestionSpec.numeric(title, text, exact, tolerance, 1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + value + "\" is not a number");
        }
    }

    private record Answer(char marker, @Nullable Double weight, String text, @Nullable String feedback) {
    }

    private static QuestionSpec choices(@Nullable String title, String text, String block) {
        List<Answer> answers = answers(block);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("the answers must start with = or ~");
        }
        boolean anyWrong = answers.stream().anyMatch(answer -> answer.marker() == '~');
        if (!anyWrong) {
            if (answers.stream().anyMatch(answer -> answer.weight() != null && answer.weight() <= 0)) {
                throw new IllegalArgumentException("short-answer questions with partial credit are not supported");
            }
            return QuestionSpec.shortAnswer(title, text, answers.stream().map(Answer::text).toList(), false, 1);
        }
        boolean weighted = answers.stream().anyMatch(answer -> answer.marker() == '~' && answer.weight() != null);
        if (weighted) {
            if (answers.stream().anyMatch(answer -> answer.marker() == '=')) {
                throw new IllegalArgumentException("mix of = and weighted ~%n% answers");
            }
            var choices = answers.stream().map(answer -> new Choice(answer.text(),
                    answer.weight() != null && answer.weight() > 0, answer.feedback())).toList();
            if (choices.stream().noneMatch(Choice::correct)) {
                throw new IllegalArgumentException("the multiple-choice question has no answer with a positive weight");
            }
            return QuestionSpec.multipleChoice(title, text, choices, 1);
        }
        long correct = answers.stream().filter(answer -> answer.marker() == '=').count();
        if (correct == 0) {
            throw new IllegalArgumentException("the choice question has no correct answer (=)");
        }
        if (correct > 1) {
            throw new IllegalArgumentException(
                    "the choice question has several correct answers (=); use ~%50% weights for multiple answers");
        }
        return QuestionSpec.singleChoice(title, text, answers.stream()
                .map(answer -> new Choice(answer.text(), answer.marker() == '=', answer.feedback())).toList(), 1);
    }

    /** Splits "=a#fb ~%50%b ~c" into its answers at unescaped = and ~. */
    private static List<Answer> answers(String block) {
        var answers = new ArrayList<Answer>();
        String rest = block.strip();
        if (rest.isEmpty() || (rest.charAt(0) != '=' && rest.charAt(0) != '~')) {
            return answers;
        }
        int at = 0;
        while (at < rest.length()) {
            char marker = rest.charAt(at);
            int next = nextMarker(rest, at + 1);
            String body = rest.substring(at + 1, next).strip();
            Double weight = null;
            Matcher weightMatch = WEIGHT.matcher(body);
            if (weightMatch.find()) {
                weight = Double.parseDouble(weightMatch.group(1));
                body = body.substring(weightMatch.end()).strip();
            }
            String feedback = null;
            int hash = unescaped(body, '#', 0);
            if (hash >= 0) {
                feedback = unescape(body.substring(hash + 1)).strip();
                body = body.substring(0, hash).strip();
            }
            String answer = unescape(body).strip();
            if (answer.isEmpty()) {
                throw new IllegalArgumentException("an answer is empty");
            }
            answers.add(new Answer(marker, weight, answer, feedback == null || feedback.isEmpty() ? null : feedback));
            at = next;
        }
        return answers;
    }

    private static int nextMarker(String text, int from) {
        int equals = unescaped(text, '=', from);
        int tilde = unescaped(text, '~', from);
        if (equals < 0) {
            return tilde < 0 ? text.length() : tilde;
        }
        return tilde < 0 ? equals : Math.min(equals, tilde);
    }

    private static String withoutFeedback(String answer) {
        int hash = unescaped(answer, '#', 0);
        return hash < 0 ? answer.strip() : answer.substring(0, hash).strip();
    }

    /** Index of the first occurrence of {@code c} not escaped with a backslash, or -1. */
    private static int unescaped(String text, char c, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            char at = text.charAt(i);
            if (at == '\\') {
                i++;
            } else if (at == c) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char at = text.charAt(i);
            if (at == '\\' && i + 1 < text.length() && "~=#{}:\\n".indexOf(text.charAt(i + 1)) >= 0) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(at);
            }
        }
        return out.toString();
    }
}
