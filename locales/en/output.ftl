# Messages of the output stage (see src/i18n.rs).

## DOCX output (src/docx/)
docx-unsupported = { $what } has no DOCX form in this version of vanban; the DOCX would differ from the PDF
    .hint = render a PDF (-o name.pdf), or leave this part out of the DOCX draft
docx-part-type = A { $type }
docx-part-attached-type = A { $type } issued with a quyết định
docx-part-appendix = A phụ lục
docx-part-table-errors = A table with errors
docx-part-forms = A form (mẫu) of a Kế hoạch
docx-part-solutions-item = A numbered item or sub-heading among the solutions
docx-image-unreadable = `{ $path }` could not be read as a PNG image
    .hint = give the path of a PNG file, relative to the YAML file

## The self-check of every render (src/verify/)
self-check-text-summary = every printed field's words are on the laid-out pages, in order (checked at every render)
    .rule = vanban's promise: the document says what the YAML says
self-check-place-summary = no glyph, rule or image outside the text area; the header's columns do not overlap (every render)
    .rule = NĐ30 Phụ lục I, mục I.5 (lề trang) and Sơ đồ (ô 1–2)
self-check-text-budget = vanban could not check this field against the printed pages within its budget ({ $budget } comparisons, { $per } per character); no file was written
    .hint = this happens only with very repetitive text, such as one letter repeated thousands of times: write the text as words
self-check-text-missing = the text of this field is not on the printed pages: `{ $text }`
    .hint = this is a bug in vanban, not in your file; no file was written. Please report it with the YAML file
self-check-text-altered = the printed pages do not show this field as written: `{ $missing }` after `{ $before }` is missing or altered (printed: `{ $printed }`)
    .hint = this is a bug in vanban, not in your file; no file was written. Please report it with the YAML file
# What lies outside: a run of text, a rule, an image.
self-check-place-what = { $kind ->
        [rule] a rule
        [image] an image
       *[text] `{ $text }`
    }
self-check-place-past = { $mm } mm past the { $edge ->
        [left] left
        [right] right
       *[bottom] bottom
    } margin
self-check-place-header = the header's { $side ->
        [left] left
       *[right] right
    } column runs { $mm } mm into the other column
self-check-place = { $what } is printed outside the text area on page { $page }: { $how }
    .hint = a word too long for its column or a table too wide for the page: break the word (a space, or `-` in a code), shorten the text, or give the column more width; no file was written
self-check-place-ours = { $what } is printed outside the text area on page { $page }: { $how }
    .hint = vanban's own text is out of place: this is a bug in vanban; no file was written. Please report it with the YAML file

## The register of outgoing documents (src/register/)
register-readonly-old = the register { $path } has schema version { $version } and is read-only, so vanban cannot bring it to version { $current }
    .hint = make the file writable once, or read a copy of it
register-name-hint = name the register file with --register or VANBAN_REGISTER
register-dangling-link = the register { $path } is a symbolic link to { $target }, which does not exist; vanban does not create a register through a link
register-cannot-open = cannot open the register { $path }: { $error }
    .hint = check that its folder exists and that you may write to it
register-not-a-file = the register { $path } is { $kind ->
        [folder] a folder
       *[other] not a plain file
    }; no number was taken
register-no-wal = the register { $path } cannot use WAL mode (its journal is { $mode })
    .hint = keep the register on a local disk; WAL needs shared memory that network folders lack
register-readonly = the register { $path } is read-only; no number was taken
    .hint = issue with the office's writable register (chmod u+w, or a copy you may write)
register-not-reserved = entry { $id } is not a reserved number
register-no-entry = the register has no entry { $id }
register-no-file-recorded = no file was recorded
register-locked = the register { $path } stayed locked by another program for { $seconds } s; no number was taken
    .hint = wait for the other vanban (or the program holding the file) to finish, then issue again
register-corrupt = the register { $path } is damaged or not a register ({ $error }); no number was taken
    .hint = restore the register from its last backup; vanban gives no number from a damaged register
register-failed = the register { $path } failed: { $error }
    .hint = check the register file; nothing was issued
register-foreign = { $path } is an SQLite file but not a vanban register
    .hint = name the office's register with --register or VANBAN_REGISTER; vanban gives no number from it
register-schema = { $path } has schema version { $version }, written by a newer vanban; this one knows version { $current }
    .hint = issue with the newer vanban, or update this one; no number was taken
