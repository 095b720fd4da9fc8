package io.github.earningscalls.transcript.internal.assemble;

import io.github.earningscalls.transcript.model.Annotation;
import io.github.earningscalls.transcript.model.AnnotationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds editorial marks in a paragraph. Every square-bracketed span is one; a parenthesised span
 * is one only when its words name a known mark ({@code (Operator Instructions)}, {@code (ph)}),
 * since ordinary speech uses parentheses too.
 */
public final class Annotations {
    private static final int MAX_MARK_LENGTH = 80;

    private Annotations() {
    }

    public static List<Annotation> find(String text) {
        if (text.indexOf('[') < 0 && text.indexOf('(') < 0) {
            return List.of();
        }
        List<Annotation> out = new ArrayList<>(2);
        int n = text.length();
        // The next '[' and '(' found with indexOf (vectorised), rather than reading every character.
        int square = text.indexOf('[');
        int paren = text.indexOf('(');
        while (square >= 0 || paren >= 0) {
            int i = square < 0 ? paren : paren < 0 ? square : Math.min(square, paren);
            char open = text.charAt(i);
            char close = open == '[' ? ']' : ')';
            int limit = Math.min(n, i + MAX_MARK_LENGTH);
            int j = i + 1;
            while (j < limit && text.charAt(j) != close && text.charAt(j) != open) {
                j++;
            }
            int next = i + 1;
            if (j < limit && text.charAt(j) == close) {
                String inner = text.substring(i + 1, j);
                AnnotationType type = classify(inner);
                if (open == '[' ? !inner.isBlank() : type != AnnotationType.OTHER) {
                    out.add(new Annotation(type, text.substring(i, j + 1), i, j + 1));
                }
                next = j + 1;
            }
            square = square >= 0 && square < next ? text.indexOf('[', next) : square;
            paren = paren >= 0 && paren < next ? text.indexOf('(', next) : paren;
        }
        return out;
    }

    public static AnnotationType classify(String inner) {
        String k = inner.toLowerCase(Locale.ROOT).trim();
        while (k.endsWith(".") || k.endsWith("?")) {
            k = k.substring(0, k.length() - 1).trim();
        }
        if (k.contains("foreign language")) {
            return AnnotationType.FOREIGN_LANGUAGE;
        }
        if (k.startsWith("interpret") || k.startsWith("translat")) {
            return AnnotationType.INTERPRETED;
        }
        if (k.contains("indiscernible") || k.contains("unintelligible") || k.contains("incomprehensible")) {
            return AnnotationType.INDISCERNIBLE;
        }
        if (k.contains("inaudible")) {
            return AnnotationType.INAUDIBLE;
        }
        if (k.equals("ph") || k.equals("sp") || k.equals("phonetic") || k.equals("phonetically")) {
            return AnnotationType.PHONETIC;
        }
        if (k.startsWith("operator instruction")) {
            return AnnotationType.OPERATOR_INSTRUCTIONS;
        }
        if (k.contains("crosstalk") || k.contains("cross-talk") || k.contains("multiple speakers")
                || k.contains("overlapping")) {
            return AnnotationType.CROSSTALK;
        }
        if (k.contains("technical difficult") || k.contains("technical issue") || k.contains("audio gap")
                || k.contains("audio difficult") || k.contains("poor audio")) {
            return AnnotationType.TECHNICAL_DIFFICULTY;
        }
        if (k.equals("break") || k.startsWith("break ") || k.equals("pause") || k.equals("recess")
                || k.contains("technical break")) {
            return AnnotationType.BREAK;
        }
        return AnnotationType.OTHER;
    }
}
