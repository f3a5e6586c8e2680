# Messages of the output stage (see src/i18n.rs).

## DOCX output (src/docx/)
docx-unsupported = { $what } has no DOCX form in this version of vanban; the DOCX would differ from the PDF
    .hint = render a PDF (-o name.pdf), or leave this part out of the DOCX draft
docx-part-type = A { $type }
docx-part-attached-type = A { $type } issued with a quyết định
docx-part-table-errors = A table with errors
docx-self-check-unreadable = vanban could not read back the DOCX it made to compare it with the YAML ({ $error })
    .hint = This is a bug in vanban, not in your file; nothing was written. Please report it with the YAML file
docx-name-too-wide = The word `{ $word }…` of the issuer's name is { $width } mm wide and does not fit the header's left column ({ $column } mm)
    .hint = Break that word with a space or shorten it; nothing was written
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

## Typesetting and export (src/typeset/); typst's own messages stay as typst writes them
typst-panic = the typesetter stopped with an internal error
    .hint = this is a bug in typst or vanban; please report it with the YAML file
typeset-image = the image { $path } { $problem }
export-pdf-failed = PDF export failed: { $message }
export-no-page = no such page
export-png-too-large = a page at { $ppi } pixels per inch would be { $pixels } pixels; PNG pages are limited to { $max } pixels
    .hint = use a lower --ppi (at most { $most } for this page)
export-png-failed = PNG encoding failed: { $error }
export-sign-fields = could not add the signature fields: { $error }
export-sign-fields-unreadable = cannot read the PDF back ({ $error })
export-sign-fields-no-catalog = the PDF has no catalog
export-sign-fields-no-page = no page { $page }
export-sign-fields-unwritable = cannot write the fields ({ $error })
# The notes of `vanban fonts` on the preferred font.
fonts-style-missing = { $family } { $style } was not found
fonts-letters-missing = { $family } { $style } ({ $origin }) lacks { $count } Vietnamese letters, e.g. { $sample }
fonts-using-embedded = using the embedded { $family } (same metrics) instead
fonts-origin-embedded = embedded

## Signature and seal images (src/load/images.rs, src/load/images/png_chunks.rs)
# What is wrong with a PNG, said after "the seal image FILE ".
png-not-png = is not a PNG file
png-damaged = is damaged: { $how }
png-damaged-truncated = it ends inside a chunk
png-damaged-type = a chunk has no valid type
png-damaged-past-end = its { $chunk } chunk runs past the end of the file
png-damaged-no-header = it does not start with its header (IHDR chunk)
png-damaged-icc-name = its colour profile (iCCP chunk) has no valid name
png-damaged-icc-method = its colour profile (iCCP chunk) uses an unknown compression method
png-damaged-icc-data = its colour profile (iCCP chunk) is not valid compressed data
png-too-many-chunks = is split into more than { $max } chunks, the most vanban reads in one PNG
png-icc-too-large = carries a colour profile (iCCP chunk) that inflates past { $mb } MB, the limit for a colour profile
png-unknown-critical = has a chunk `{ $chunk }` that PNG readers do not know, and it is marked as needed
png-unreadable = cannot be read as PNG ({ $error })
png-no-alpha = has no alpha channel (transparency)
png-hint-not-png = save it as PNG with a transparent background
png-hint-icc = save it again without the embedded colour profile (as sRGB), e.g. `optipng -strip all FILE`
png-hint-resave = open it in an image editor and save it again as PNG with a transparent background
# `signature` or `seal`: the image of the signer's signature, or of the seal.
image-problem = the { $what ->
        [signature] signature
       *[seal] seal
    } image { $path } { $problem }
seal-size = a seal { $diameter } across is not a real seal size; seals are 20 to 60 mm across
    .hint = give the diameter of the physical seal, e.g. 35mm
image-backslash = `{ $path }` contains a backslash
    .hint = write `{ $fixed }`: vanban's paths use `/` as the separator, on Windows too
image-inside-hint = put the image in the folder of the YAML file (or below it) and give its path from there
image-absolute = `{ $path }` is an absolute path
    .hint = write `{ $relative }`: paths are relative to the YAML file, so the folder can move
image-outside = `{ $path }` is outside the document's folder
image-folder = { $path } is a folder, not a { $what ->
        [signature] signature
       *[seal] seal
    } image
    .hint = give the path of the PNG file inside it
image-missing = the { $what ->
        [signature] signature
       *[seal] seal
    } image { $path } was not found
    .hint = give the path of a PNG file, relative to the YAML file
image-not-regular = the { $what ->
        [signature] signature
       *[seal] seal
    } image { $path } is { $kind }, not a file
image-too-large = the { $what ->
        [signature] signature
       *[seal] seal
    } image is { $size } MB; vanban reads images up to { $max } MB
    .hint = scan at 300 dpi and crop to the signature or seal
image-unreadable = cannot read { $path }: { $cause }
    .hint = check the file's permissions
image-read-not-regular = it is { $kind }
image-read-grew = it grew past the size limit
image-pixels = the { $what ->
        [signature] signature
       *[seal] seal
    } image is { $width }×{ $height } pixels; it needs { $min } to { $max } pixels a side
    .hint = scan the original at 300 dpi
image-opaque = the { $what ->
        [signature] signature
       *[seal] seal
    } image has no transparent background; it would hide the text under it
    .hint = remove the background (make it transparent) and save as PNG with an alpha channel
image-resolution = the seal image prints at { $dpi } dpi ({ $width } pixels over { $mm } mm); it will look blurred
    .hint = use a scan of at least 200 dpi (300 dpi is better)
seal-shape = the seal image is { $width }×{ $height } pixels, not round; it is drawn { $mm } mm wide
    .hint = crop the image to the seal's circle
image-colour = { $what ->
        [signature] the signature image is not mostly blue
       *[seal] the seal image is not mostly red
    }
    .signature = NĐ30 asks for the signature in blue (Phụ lục I, II.7.d)
    .seal = NĐ30 asks for the seal in red (Phụ lục I, II.8.a)

## Rendering several documents at once (src/batch.rs)
batch-not-rendered = the document was not rendered
batch-crashed = vanban crashed while rendering { $path }: { $cause }
    .hint = this is a bug in vanban; please report it with this document. The other documents were rendered
batch-unknown-cause = unknown cause
batch-cannot-write = cannot write { $path }: { $error }

## Writing the output files (src/output.rs)
output-folder-missing = the folder { $path } does not exist; create it first or write elsewhere
output-folder-no-new-files = the folder { $path } exists but does not let files be created in it (a special system folder, such as /proc); write to an ordinary folder, such as the document's
output-folder-readonly = the folder { $path } does not allow writing here
output-folder-has-name = a folder has that name
png-buffer-too-large = is too large
