# What `vanban extract` says (src/cmd/extract.rs) and why a PDF's attached
# files cannot be read (src/extract.rs).

extract-cannot-read = cannot read { $path }: { $cause }
    .hint = give the path of a PDF file rendered with --attach-source
extract-not-regular = it is { $kind }, not a file
extract-too-large = { $path } is { $mb } MB; vanban reads PDFs up to { $max } MB (limits::EXTRACT_MAX_FILE_BYTES): a PDF vanban rendered is far smaller
    .hint = if you trust the PDF, take its files out with another tool, e.g. `pdfdetach -saveall`
extract-no-source = { $path } carries no YAML source; render it with --attach-source or --pdf-standard a-3b
extract-bad-name = { $path } names its YAML `{ $name }`, which { $problem }
    .hint = choose the file to write with -o, e.g. -o plan.yaml
extract-too-many = { $path } carries { $count } attached files; vanban writes back at most { $max }
extract-is-input = { $path } is the PDF being read; vanban never overwrites its input, even with --force
    .hint = write the YAML elsewhere with -o
extract-same-target = { $pdf } carries two files that would both be written to { $path }
    .hint = write the YAML under another name with -o
extract-through-link = { $path } is a symbolic link; vanban does not write through links
    .hint = extract into a folder without links (-o other-folder/plan.yaml)
extract-not-a-file = { $path } exists and is { $kind }; vanban writes only files
    .hint = write elsewhere with -o
extract-exists = { $path } exists; use --force to replace it, or -o to write elsewhere
extract-unchanged = unchanged { $path }
extract-cannot-create = cannot create { $path }: { $reason }
extract-cannot-commit = cannot write the extracted files: { $reason }
extract-wrote = wrote { $path }
extract-refused = { $pdf } carries the file `{ $name }`, which { $problem }
    .hint = vanban attaches only the YAML and the PNG images (or the plan) it names; nothing was written

## Why a stored name cannot be written (after "…, which")
extract-name-not-yaml = is not a YAML file name
extract-name-not-relative = is not a plain relative path
extract-name-not-utf8 = is not UTF-8
extract-name-too-deep = lies { $depth } folders deep; vanban writes at most { $max } folders below the YAML
extract-name-empty = is empty
extract-name-folder = names a folder, not a file
extract-name-separator = holds a folder separator
extract-name-control = holds control characters
extract-name-hidden = starts with `.` (a hidden file or folder)
extract-name-kind = is neither a YAML (.yaml, .yml) nor a PNG image

## Reading the attached files of a PDF (src/extract.rs)
extract-elsewhere = if you trust the PDF, take its files out with another tool, e.g. `pdfdetach -saveall`
extract-pdf-bomb = a compressed part of the PDF inflates past { $mb } MB, the limit for one stream; it is damaged or a decompression bomb, not a PDF vanban wrote; { $elsewhere }
extract-not-a-pdf = this file is not a PDF (a PDF starts with `%PDF-`); give the PDF vanban wrote with `--attach-source`
extract-not-pdf = not a PDF vanban can read ({ $error })
extract-no-catalog = the PDF has no catalog ({ $error })
extract-too-many-nodes = the PDF's list of attached files has more than { $max } nodes and entries, the most vanban reads; vanban attaches a few files; { $elsewhere }
extract-too-deep = the PDF's list of attached files is nested more than { $max } levels deep, the most vanban reads; { $elsewhere }
extract-no-data = the attached file { $name } has no data
extract-cannot-inflate = the attached file { $name } cannot be decompressed ({ $error })
extract-file-too-large = the attached file { $name } inflates past { $mb } MB, the limit for one attached file; it is damaged or a decompression bomb, not a file vanban attached; { $elsewhere }
extract-files-too-large = the attached files inflate past { $mb } MB together (at { $name }), the limit for one PDF; vanban attaches far less; { $elsewhere }
