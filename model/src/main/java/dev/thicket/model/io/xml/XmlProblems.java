package dev.thicket.model.io.xml;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeFileProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems collected while reading one or several XML files, reported sorted by file (in the
 * order the files were first named) and position. After {@link #LIMIT} problems reading stops.
 */
public final class XmlProblems {
  /** The most problems kept before reading stops. */
  public static final int LIMIT = 100;

  /** Thrown by {@link #add} when the limit is reached; the readers catch it. */
  public static final class TooManyProblems extends RuntimeException {
    TooManyProblems() {
      super(null, null, false, false);
    }
  }

  private record Entry(int fileOrder, int sequence, TreeFileProblem problem) {}

  private final Map<String, Integer> fileOrder = new LinkedHashMap<>();
  private final List<Entry> problems = new ArrayList<>();
  private TreeFileProblem stopped;

  /** Names {@code file} so that its problems sort in the order the files were named. */
  public void file(String file) {
    fileOrder.putIfAbsent(file, fileOrder.size());
  }

  public void add(XmlPosition position, String message) {
    TreeFileProblem problem =
        new TreeFileProblem(position.file(), position.line(), position.column(), message);
    if (problems.size() == LIMIT) {
      stopped = new TreeFileProblem(position.file(), position.line(), position.column(),
          "too many problems; stopped reading after " + LIMIT);
      throw new TooManyProblems();
    }
    file(position.file());
    problems.add(new Entry(fileOrder.get(position.file()), problems.size(), problem));
  }

  public boolean isEmpty() {
    return problems.isEmpty() && stopped == null;
  }

  /** The problems, sorted; the note that reading stopped, if any, last. */
  public List<TreeFileProblem> sorted() {
    List<Entry> all = new ArrayList<>(problems);
    all.sort(Comparator.comparingInt(Entry::fileOrder)
        .thenComparingInt(entry -> entry.problem().line())
        .thenComparingInt(entry -> entry.problem().column())
        .thenComparingInt(Entry::sequence));
    List<TreeFileProblem> result = new ArrayList<>(all.stream().map(Entry::problem).toList());
    if (stopped != null) {
      result.add(stopped);
    }
    return result;
  }

  /** The exception carrying every problem; call only when not {@link #isEmpty()}. */
  public TreeFileException exception() {
    return new TreeFileException(sorted());
  }
}
