package dev.thicket.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files atomically: into a temporary file beside the target, forced to disk, then renamed
 * over it, so that a reader (or a crash) sees the old file or the new one, never a part. Refuses
 * a target that exists and is not a regular file (a device, a pipe, a folder); a new file gets
 * the permissions the user's umask gives, a replaced file keeps its own. Temporary files are named
 * {@code .NAME.thicket-PID-N.tmp}; those of a process no longer running (killed mid-write) are
 * removed by the next write beside them.
 */
final class AtomicFiles {
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final String MARK = ".thicket-";

  /** The last step of a write; replaceable in tests to make it fail. */
  @FunctionalInterface
  interface Move {
    void move(Path from, Path to) throws IOException;
  }

  static final Move RENAME = (from, to) ->
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

  private AtomicFiles() {}

  static void write(byte[] bytes, Path file, Move move) throws IOException {
    Path target = file.toAbsolutePath();
    Path directory = target.getParent();
    check(file, target, directory);
    removeStale(directory, target.getFileName().toString());
    Path temporary = directory.resolve("." + target.getFileName() + MARK
        + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      copyPermissions(target, temporary);
      move.move(temporary, target);
      moved = true;
      forceDirectory(directory);
    } catch (OutputFileException e) {
      throw e;
    } catch (AccessDeniedException e) {
      throw new OutputFileException(file, "permission denied");
    } catch (NoSuchFileException e) {
      throw new OutputFileException(file, "its folder takes no new files (a system folder?)");
    } catch (FileSystemException e) {
      throw new OutputFileException(file, "the file system refuses it ("
          + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + ")");
    } catch (IOException e) {
      throw new OutputFileException(file, String.valueOf(e.getMessage()));
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** Says what is wrong with the target, before anything is written. */
  private static void check(Path file, Path target, Path directory) throws IOException {
    if (Files.isDirectory(target)) {
      throw new OutputFileException(file, "it is a folder");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new OutputFileException(file,
          "it exists and is not a regular file (a device or a pipe); it is left as it is");
    }
    if (directory == null || !Files.isDirectory(directory)) {
      throw new OutputFileException(file, "its folder does not exist");
    }
    if (!Files.isWritable(directory)) {
      throw new OutputFileException(file, "its folder is not writable");
    }
  }

  /** Removes the temporary files of {@code name} left by processes no longer running. */
  private static void removeStale(Path directory, String name) {
    String prefix = "." + name + MARK;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory,
        entry -> entry.getFileName().toString().startsWith(prefix)
            && entry.getFileName().toString().endsWith(".tmp"))) {
      for (Path stale : stream) {
        String rest = stale.getFileName().toString().substring(prefix.length());
        int dash = rest.indexOf('-');
        try {
          long pid = Long.parseLong(rest.substring(0, dash < 0 ? 0 : dash));
          if (ProcessHandle.of(pid).isEmpty()) {
            Files.deleteIfExists(stale);
          }
        } catch (NumberFormatException | IOException notOurs) {
          // not a name we made, or gone already: leave it
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // a folder we cannot list: nothing to clean
    }
  }

  /** Keeps the permissions of the file being replaced. */
  private static void copyPermissions(Path from, Path to) {
    try {
      if (Files.exists(from)) {
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system, or not ours to change: the default permissions stay
    }
  }

  /** Makes the rename durable where the platform allows syncing a directory. */
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows and some file systems cannot open a directory; the rename itself is atomic
    }
  }
}
