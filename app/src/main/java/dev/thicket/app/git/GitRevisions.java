package dev.thicket.app.git;

import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.TreeFileProblem;
import dev.thicket.model.io.FileSizeLimit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads {@code REV:PATH} with {@code git show REV:PATH}: the CLI's {@code diff} arguments (an
 * argument that is not an existing file and contains {@code ':'}, in the current directory) and
 * the editor's File → Compare with → A git revision ({@code REV:./NAME} in the open file's folder).
 */
public final class GitRevisions {
  private GitRevisions() {}

  /** Whether {@code argument} names a git revision's file rather than a file. */
  public static boolean isRevision(String argument) {
    return argument.indexOf(':') >= 0 && !Files.exists(Path.of(argument));
  }

  /**
   * The content of {@code revisionAndPath} in git (more than {@link FileSizeLimit#yamlBytes()}
   * is cut there, and the reader refuses it); a problem located at the argument (line 1, column
   * 1) when git is missing or refuses (no repository, unknown revision or path).
   */
  public static byte[] read(String revisionAndPath) throws TreeFileException {
    return read(revisionAndPath, null);
  }

  /**
   * {@link #read(String)} with git run in {@code directory} (the current one when null), where
   * {@code REV:./NAME} names that folder's file {@code NAME}.
   */
  public static byte[] read(String revisionAndPath, Path directory) throws TreeFileException {
    Process process;
    try {
      ProcessBuilder git = new ProcessBuilder("git", "show", revisionAndPath);
      if (directory != null) {
        git.directory(directory.toFile());
      }
      process = git.start();
    } catch (IOException e) {
      throw problem(revisionAndPath, "cannot run git to read it: " + e.getMessage());
    }
    CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(
        process.getErrorStream()));
    try {
      process.getOutputStream().close();
      int limit = FileSizeLimit.yamlBytes();
      byte[] content = process.getInputStream().readNBytes(limit + 1);
      if (content.length > limit) {
        process.destroy();
        return content;
      }
      int exit = process.waitFor();
      if (exit != 0) {
        String message = new String(errors.join(), StandardCharsets.UTF_8).strip();
        String first = message.isEmpty() ? "exit " + exit : message.lines().findFirst().get();
        throw problem(revisionAndPath, "git show failed: " + first);
      }
      return content;
    } catch (IOException e) {
      throw problem(revisionAndPath, "cannot read it from git: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw problem(revisionAndPath, "interrupted while reading it from git");
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static TreeFileException problem(String name, String message) {
    return new TreeFileException(List.of(new TreeFileProblem(name, 1, 1, message)));
  }
}
