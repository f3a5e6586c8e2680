# Words shared by every command's messages.
# Error codes and rule names (unknown-field, bases-order) stay as they are.

## How a diagnostic is laid out
diag-error = error
diag-warning = warning
diag-note = note
diag-field = field: { $path }
diag-hint = hint: { $hint }
diag-rule = rule: { $rule }

## The operating system's reason after a failed file operation (src/i18n.rs,
## io_reason); other kinds keep the system's own text
os-not-found = no such file or folder
os-permission-denied = permission denied
os-already-exists = the file already exists
os-is-a-directory = this is a folder, not a file
os-not-a-directory = a part of the path is not a folder
os-directory-not-empty = the folder is not empty
os-invalid-data = the content is not UTF-8 text or is damaged
os-storage-full = the disk is full
os-quota-exceeded = the disk quota is used up
os-file-too-large = the file is too large for the disk
os-read-only-filesystem = the disk is read-only
os-crosses-devices = the file cannot be moved to another disk
os-invalid-filename = the file name is invalid (too long, or a character that cannot be used)
os-busy = another program is using the file
os-unexpected-eof = the file ends too early
os-interrupted = the operation was interrupted
os-timed-out = the operation timed out
os-too-many-links = the path has too many symbolic links (perhaps a loop)
os-stale-network-file = the file on the network drive is no longer reachable; reconnect the drive
