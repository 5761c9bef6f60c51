package dev.thicket.model.score;

/** A parent → child edge of a tree. */
public record Edge(String parent, String child) {}
