package org.gaoxin.operations.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files only their owner may read (0700 and 0600) on POSIX file systems; a
 * file system without POSIX permissions (Windows) keeps its own rules.
 */
final class OwnerOnly {

	static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private OwnerOnly() {
	}

	static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	/**
	 * Creates the folder and its missing parents owner-only, and narrows it if it exists.
	 */
	static Path folder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			Path parent = folder.toAbsolutePath().getParent();
			if (parent != null && !Files.isDirectory(parent)) {
				folder(parent);
			}
			if (posix()) {
				Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
			}
			else {
				Files.createDirectories(folder);
			}
		}
		narrow(folder, FOLDER);
		return folder;
	}

	/** Narrows the folder and everything in it (one level of subfolders included). */
	static void narrowAll(Path folder) throws IOException {
		folder(folder);
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path entry : entries.toList()) {
				if (Files.isDirectory(entry)) {
					narrow(entry, FOLDER);
				}
				else if (Files.isRegularFile(entry)) {
					narrow(entry, FILE);
				}
			}
		}
	}

	/** Writes the file owner-only, replacing it at once (never half-written). */
	static void write(Path file, byte[] content) throws IOException {
		Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
		Files.deleteIfExists(temporary);
		if (posix()) {
			Files.createFile(temporary, PosixFilePermissions.asFileAttribute(FILE));
		}
		Files.write(temporary, content);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** An empty owner-only file to be filled (a backup's temporary copy, say). */
	static Path newFile(Path folder, String prefix, String suffix) throws IOException {
		folder(folder);
		return posix() ? Files.createTempFile(folder, prefix, suffix, PosixFilePermissions.asFileAttribute(FILE))
				: Files.createTempFile(folder, prefix, suffix);
	}

	/** A file the owner alone reads from now on (a backup holds everything). */
	static void file(Path file) throws IOException {
		narrow(file, FILE);
	}

	private static void narrow(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (posix() && !Files.getPosixFilePermissions(path).equals(permissions)) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

}
