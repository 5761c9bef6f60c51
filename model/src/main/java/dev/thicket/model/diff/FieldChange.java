package dev.thicket.model.diff;

/**
 * One field of a node, mitigation or tree that differs, with its values as a file writes them
 * ({@code null} when absent).
 */
public record FieldChange(String field, String before, String after) {}
