# Words shared by every command's messages.
# Error codes and rule names (unknown-field, bases-order) stay as they are.

## How a diagnostic is laid out
diag-error = error
diag-warning = warning
diag-note = note
diag-field = field: { $path }
diag-hint = hint: { $hint }
diag-rule = rule: { $rule }
